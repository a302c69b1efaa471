import { STATUS_LABELS, TEXT } from "./labels"
import type { StatusFilter } from "./types"

export interface FilterOption<F extends string> {
  value: F
  label: string
}

/** The queue's tabs: the ones waiting for a review first, then the decided ones, then all. */
export const STATUS_FILTERS: FilterOption<StatusFilter>[] = [
  ...(["submitted", "approved", "rejected", "expired", "revoked"] as const).map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
  })),
  { value: "all", label: TEXT.all },
]

/**
 * A choice kept in the URL (?status=…), so a reload, the back button or a shared link keeps it.
 * An unknown value falls back to the first option.
 */
export function readChoice<F extends string>(
  params: URLSearchParams,
  key: string,
  options: readonly FilterOption<F>[]
): F {
  const raw = params.get(key)
  return options.find((option) => option.value === raw)?.value ?? options[0].value
}

/** A zero-based page number kept in the URL (?page=…). */
export function readPage(params: URLSearchParams, key: string): number {
  return Math.max(0, Math.floor(Number(params.get(key)) || 0))
}

/** The URL's query with some keys changed; an empty or zero value is left out. */
export function withParams(current: URLSearchParams, changes: Record<string, string | number>): URLSearchParams {
  const next = new URLSearchParams(current)
  for (const [key, value] of Object.entries(changes)) {
    if (value === "" || value === 0) next.delete(key)
    else next.set(key, String(value))
  }
  return next
}
