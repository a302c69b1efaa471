import Medusa from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

/** The admin's own session cookie authenticates these calls (Medusa's plugin admin setup). */
const sdk = new Medusa({ baseUrl: __BACKEND_URL__ || "/", auth: { type: "session" } })

export interface LotChoice {
  lot_id: string
  quantity: number
}

/** One order line as GET/POST /admin/trace/orders/:id/lots answer it. */
export interface OrderLotsLine {
  line_item_id: string
  title: string
  variant_title: string | null
  variant_id: string | null
  quantity: number
  allocations: { lot_id: string; code: string; quantity: number; path: string | null }[]
  candidates: {
    lot_id: string
    code: string
    produced_on: string
    expires_on: string | null
    quantity: number
    unit: string
    allocated: number
    path: string
  }[]
  suggestion: LotChoice[]
}

export interface OrderLots {
  lines: OrderLotsLine[]
  /** Where the trace pages are served; null when the backend does not say (paths are shown then). */
  storefront_url?: string | null
}

const key = (orderId: string) => ["choso-trace", "order-lots", orderId]
const route = (orderId: string) => `/admin/trace/orders/${encodeURIComponent(orderId)}/lots`

export function useOrderLots(orderId: string) {
  return useQuery({ queryKey: key(orderId), queryFn: () => sdk.client.fetch<OrderLots>(route(orderId)) })
}

/** Saves the given lines; the answer (the order's lines as they now are) replaces the cached ones. */
export function useAssignOrderLots(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (lines: { line_item_id: string; lots: LotChoice[] }[]) =>
      sdk.client.fetch<OrderLots>(route(orderId), { method: "POST", body: { lines } }),
    onSuccess: (data) => queryClient.setQueryData(key(orderId), data),
  })
}

/** The backend's message of a failed call (MedusaError's message, Vietnamese), else the error's own. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return String(error)
}
