import { useSearchParams } from "react-router-dom"
import { withParams } from "./filters"

/**
 * The page's filters and pages kept in the URL, so a reload, the back button or a shared link
 * keeps them; `update` changes some keys and keeps the others.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const update = (changes: Record<string, string | number>) => setParams((current) => withParams(current, changes))
  return [params, update] as const
}
