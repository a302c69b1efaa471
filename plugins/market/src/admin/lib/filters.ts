import { PAYMENT_REQUEST_STATUSES, STALL_STATUSES, TRANSFER_OUTCOMES } from "@choso/market-rules"
import { labelOf, OUTCOME_LABELS, REQUEST_STATUS_LABELS, STALL_STATUS_LABELS, TEXT } from "./labels"
import type { OutcomeFilter, RequestFilter, StallFilter } from "./types"

export interface FilterOption<F extends string> {
  value: F
  label: string
}

/** The stalls' tabs: the ones waiting for an account check first, then the others, then all. */
export const STALL_FILTERS: FilterOption<StallFilter>[] = [
  ...STALL_STATUSES.map((status) => ({ value: status, label: STALL_STATUS_LABELS[status] })),
  { value: "all", label: TEXT.all },
]

export const REQUEST_FILTERS: FilterOption<RequestFilter>[] = [
  { value: "all", label: TEXT.all },
  ...PAYMENT_REQUEST_STATUSES.map((status) => ({ value: status, label: labelOf(REQUEST_STATUS_LABELS, status) })),
]

export const OUTCOME_FILTERS: FilterOption<OutcomeFilter>[] = [
  { value: "all", label: TEXT.all },
  ...TRANSFER_OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] })),
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
