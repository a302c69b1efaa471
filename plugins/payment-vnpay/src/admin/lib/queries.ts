import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { AttemptFilter, VNPayAttemptDetail, VNPayAttemptList } from "./types"

export const PAGE_SIZE = 20

export function useVNPayAttempts(status: AttemptFilter, page: number) {
  return useQuery({
    queryKey: ["vnpay-attempts", status, page],
    queryFn: () =>
      sdk.client.fetch<VNPayAttemptList>("/admin/vnpay/attempts", {
        query: { status, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
      }),
    // Keeps the page on screen while the next page of the same filter loads; another filter
    // starts empty, so no row is ever shown under the wrong tab.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === status ? previous : undefined),
  })
}

export function useVNPayAttempt(id: string) {
  return useQuery({
    queryKey: ["vnpay-attempt", id],
    queryFn: () =>
      sdk.client.fetch<{ vnpay_attempt: VNPayAttemptDetail }>(`/admin/vnpay/attempts/${encodeURIComponent(id)}`),
    // An unknown id stays unknown: no retries on 404.
    retry: (failures, error) => statusOf(error) !== 404 && failures < 2,
  })
}

/** The HTTP status of a JS SDK FetchError, if the error is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}
