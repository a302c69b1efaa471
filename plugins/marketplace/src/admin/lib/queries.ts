import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  MessageFilter,
  SellerDetail,
  SellerFilter,
  SellerList,
  SellerStatusChange,
  SentNotificationList,
} from "./types"

export const PAGE_SIZE = 20

const SELLERS_KEY = "marketplace-sellers"
const SELLER_KEY = "marketplace-seller"
const MESSAGES_KEY = "marketplace-sent-messages"

export function useSellers(status: SellerFilter, q: string, page: number) {
  return useQuery({
    queryKey: [SELLERS_KEY, status, q, page],
    queryFn: () =>
      sdk.client.fetch<SellerList>("/admin/sellers", {
        query: {
          ...(status === "all" ? {} : { status }),
          ...(q ? { q } : {}),
          limit: PAGE_SIZE,
          offset: page * PAGE_SIZE,
        },
      }),
    // Keeps the page on screen while the next page of the same tab loads; another tab starts
    // empty, so no seller is ever shown under the wrong status.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === status ? previous : undefined),
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: [SELLER_KEY, id],
    queryFn: () => sdk.client.fetch<{ seller: SellerDetail }>(`/admin/sellers/${encodeURIComponent(id)}`),
    // An unknown id stays unknown: no retries on 404.
    retry: (failures, error) => statusOf(error) !== 404 && failures < 2,
  })
}

/**
 * POST /admin/sellers/:id/status. The list and the seller are refetched whether it worked or not:
 * a refusal often means another operator changed the status meanwhile.
 */
export function useChangeSellerStatus(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: SellerStatusChange) =>
      sdk.client.fetch<{ seller: SellerDetail }>(`/admin/sellers/${encodeURIComponent(id)}/status`, {
        method: "POST",
        body: change,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [SELLERS_KEY] }),
        queryClient.invalidateQueries({ queryKey: [SELLER_KEY, id] }),
      ]),
  })
}

export function useSentMessages(channel: MessageFilter, q: string, page: number) {
  return useQuery({
    queryKey: [MESSAGES_KEY, channel, q, page],
    queryFn: () =>
      sdk.client.fetch<SentNotificationList>("/admin/notifications", {
        query: {
          // `status` is not among Medusa's default fields of a notification.
          fields: "+status",
          order: "-created_at",
          ...(channel === "all" ? {} : { channel }),
          ...(q ? { q } : {}),
          limit: PAGE_SIZE,
          offset: page * PAGE_SIZE,
        },
      }),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === channel ? previous : undefined),
    // A developer waits here for the e-mail they just triggered.
    refetchInterval: 10_000,
  })
}

/** The HTTP status of a JS SDK FetchError, if the error is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}

/** The backend's message of a failed call (MedusaError's message), else the error's own. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return String(error)
}
