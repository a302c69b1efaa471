import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  IncomingTransferList,
  Market,
  MarketDetail,
  MarketInput,
  MarketList,
  OutcomeFilter,
  PaymentRequestList,
  RequestFilter,
  SellerOption,
  Stall,
  StallDetailResponse,
  StallFilter,
  StallInput,
  StallList,
  StallUpdate,
} from "./types"

export const PAGE_SIZE = 20

/** Every query of these pages starts with this key: a change anywhere refetches them all (they are small). */
const ROOT = "choso-market"
const KEYS = {
  markets: [ROOT, "markets"],
  market: [ROOT, "market"],
  stalls: [ROOT, "stalls"],
  stall: [ROOT, "stall"],
  requests: [ROOT, "payment-requests"],
  transfers: [ROOT, "incoming-transfers"],
  sellers: [ROOT, "stall-sellers"],
} as const

const page = (index: number) => ({ limit: PAGE_SIZE, offset: index * PAGE_SIZE })

/** An unknown id stays unknown: no retries on 404. */
const retryUnlessMissing = (failures: number, error: Error) => statusOf(error) !== 404 && failures < 2

export function useMarkets(pageIndex: number) {
  return useQuery({
    queryKey: [...KEYS.markets, pageIndex],
    queryFn: () => sdk.client.fetch<MarketList>("/admin/markets", { query: page(pageIndex) }),
    placeholderData: (previous) => previous,
  })
}

export function useMarket(id: string) {
  return useQuery({
    queryKey: [...KEYS.market, id],
    queryFn: () => sdk.client.fetch<{ market: MarketDetail }>(`/admin/markets/${encodeURIComponent(id)}`),
    retry: retryUnlessMissing,
  })
}

export function useStalls(status: StallFilter, pageIndex: number) {
  return useQuery({
    queryKey: [...KEYS.stalls, status, pageIndex],
    queryFn: () =>
      sdk.client.fetch<StallList>("/admin/stalls", {
        query: { ...(status === "all" ? {} : { status }), ...page(pageIndex) },
      }),
    // Keeps the page on screen while the next page of the same tab loads; another tab starts
    // empty, so no stall is ever shown under the wrong status.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === status ? previous : undefined),
  })
}

export function useStall(id: string) {
  return useQuery({
    queryKey: [...KEYS.stall, id],
    queryFn: () => sdk.client.fetch<StallDetailResponse>(`/admin/stalls/${encodeURIComponent(id)}`),
    retry: retryUnlessMissing,
  })
}

export function usePaymentRequests(status: RequestFilter, pageIndex: number) {
  return useQuery({
    queryKey: [...KEYS.requests, status, pageIndex],
    queryFn: () =>
      sdk.client.fetch<PaymentRequestList>("/admin/stall-payments", {
        query: { ...(status === "all" ? {} : { status }), ...page(pageIndex) },
      }),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === status ? previous : undefined),
    // Payments arrive while the operator watches.
    refetchInterval: 15_000,
  })
}

export function useIncomingTransfers(outcome: OutcomeFilter, pageIndex: number) {
  return useQuery({
    queryKey: [...KEYS.transfers, outcome, pageIndex],
    queryFn: () =>
      sdk.client.fetch<IncomingTransferList>("/admin/incoming-transfers", {
        query: { ...(outcome === "all" ? {} : { outcome }), ...page(pageIndex) },
      }),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === outcome ? previous : undefined),
    refetchInterval: 15_000,
  })
}

/**
 * Sellers of kind "stall" whose name matches: GET /admin/sellers has no kind filter, so the
 * search's first page is filtered here.
 */
export function useStallSellers(q: string) {
  return useQuery({
    queryKey: [...KEYS.sellers, q],
    queryFn: async () => {
      const { sellers } = await sdk.client.fetch<{ sellers: SellerOption[] }>("/admin/sellers", {
        query: { q, status: "all", limit: 50 },
      })
      return sellers.filter((seller) => seller.kind === "stall")
    },
    enabled: q.length > 0,
  })
}

/** After any change every page of the plugin is refetched (counts, statuses and lists move together). */
function useRefetchAll() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: [ROOT] })
}

export function useCreateMarket() {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: (body: MarketInput) => sdk.client.fetch<{ market: Market }>("/admin/markets", { method: "POST", body }),
    onSettled: refetch,
  })
}

export function useUpdateMarket(id: string) {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: (body: Partial<MarketInput>) =>
      sdk.client.fetch<{ market: Market }>(`/admin/markets/${encodeURIComponent(id)}`, { method: "POST", body }),
    onSettled: refetch,
  })
}

export function useCreateStall() {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: (body: StallInput) => sdk.client.fetch<{ stall: Stall }>("/admin/stalls", { method: "POST", body }),
    onSettled: refetch,
  })
}

/** POST /admin/stalls/:id: fields or status. Refetched whether it worked or not (another operator may have changed it). */
export function useUpdateStall(id: string) {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: (body: StallUpdate) =>
      sdk.client.fetch<{ stall: Stall }>(`/admin/stalls/${encodeURIComponent(id)}`, { method: "POST", body }),
    onSettled: refetch,
  })
}

/** The backend refuses (400, a Vietnamese message) when the bank's name differs from the declared one. */
export function useVerifyStallAccount(id: string) {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: (holderName: string) =>
      sdk.client.fetch<{ stall: Stall }>(`/admin/stalls/${encodeURIComponent(id)}/verify-account`, {
        method: "POST",
        body: { holder_name: holderName },
      }),
    onSettled: refetch,
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
