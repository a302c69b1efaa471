import { ATTEMPT_STATUSES } from "../../lib/attempt-status"
import { statusLabel, TEXT } from "./labels"
import type { AttemptFilter } from "./types"

/** The list's tabs, in order: what needs a person, everything, then one per status. */
export const FILTERS: { value: AttemptFilter; label: string }[] = [
  { value: "attention", label: TEXT.filterAttention },
  { value: "all", label: TEXT.filterAll },
  ...ATTEMPT_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
]

/** The filter and page kept in the URL (?status=…&page=…), so a reload or a shared link keeps them. */
export function readListParams(params: URLSearchParams): { status: AttemptFilter; page: number } {
  const raw = params.get("status")
  const status = FILTERS.find((filter) => filter.value === raw)?.value ?? "attention"
  const page = Math.max(0, Math.floor(Number(params.get("page")) || 0))
  return { status, page }
}
