import { SELLER_STATUSES } from "../../lib/seller-codes"
import { STATUS_LABELS, TEXT } from "./labels"
import type { MessageFilter, SellerFilter } from "./types"

/** The sellers list's tabs, in order: what needs a person first, then the other statuses, then all. */
export const SELLER_FILTERS: { value: SellerFilter; label: string }[] = [
  ...SELLER_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
  { value: "all", label: TEXT.filters.all },
]

export const MESSAGE_FILTERS: { value: MessageFilter; label: string }[] = [
  { value: "email", label: TEXT.messages.filters.email },
  { value: "all", label: TEXT.messages.filters.all },
]

export interface ListParams<F extends string> {
  filter: F
  q: string
  page: number
}

/**
 * The filter, search and page kept in the URL (?status=…&q=…&page=…), so a reload, the back
 * button or a shared link keeps them. An unknown filter falls back to the first tab.
 */
export function readListParams<F extends string>(
  params: URLSearchParams,
  key: string,
  filters: readonly { value: F }[]
): ListParams<F> {
  const raw = params.get(key)
  const filter = filters.find((item) => item.value === raw)?.value ?? filters[0].value
  const q = (params.get("q") ?? "").trim()
  const page = Math.max(0, Math.floor(Number(params.get("page")) || 0))
  return { filter, q, page }
}

/** The URL's query for these params; empty values are left out. */
export function writeListParams<F extends string>(key: string, next: ListParams<F>): Record<string, string> {
  const query: Record<string, string> = { [key]: next.filter }
  if (next.q) query.q = next.q
  if (next.page > 0) query.page = String(next.page)
  return query
}
