import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { LotChoice, OrderLotsLine } from "../../../lib/allocation"
import { sdk } from "../../lib/sdk"

export type { LotChoice, OrderLotsLine }

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
