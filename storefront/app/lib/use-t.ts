import { useMemo } from "react"
import { useRouteError, useRouteLoaderData } from "react-router"
import type { loader as rootLoader } from "~/root"
import { DEFAULT_LANG, type Lang, type Translate, translator } from "./i18n"
import { crossSiteRefusal } from "./refusal"

/** The root loader's `lang`; on a refused cross-site post (no loader ran), the refusal's. */
export function useLang(): Lang {
  const data = useRouteLoaderData<typeof rootLoader>("root")
  const refusal = crossSiteRefusal(useRouteError())
  return data?.lang ?? refusal?.lang ?? DEFAULT_LANG
}

/** `t(key, params)` in the current language (from the root loader's `lang` cookie). */
export function useT(): Translate {
  const lang = useLang()
  return useMemo(() => translator(lang), [lang])
}
