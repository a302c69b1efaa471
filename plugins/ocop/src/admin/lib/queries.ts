import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { documentRoute } from "./paths"
import { sdk } from "./sdk"
import type { AdminUser, Certificate, CertificateList, ProductOcop, ReviewAction, StatusFilter } from "./types"

export const PAGE_SIZE = 20

/** Every query of these pages starts with this key: a review refetches them all (the queue, the page, the widget). */
const ROOT = "choso-ocop"
const KEYS = {
  certificates: [ROOT, "certificates"],
  certificate: [ROOT, "certificate"],
  document: [ROOT, "document"],
  product: [ROOT, "product"],
  user: [ROOT, "user"],
} as const

const page = (index: number) => ({ limit: PAGE_SIZE, offset: index * PAGE_SIZE })

/** An unknown id stays unknown: no retries on 404. */
const retryUnlessMissing = (failures: number, error: Error) => statusOf(error) !== 404 && failures < 2

export function useCertificates(status: StatusFilter, pageIndex: number) {
  return useQuery({
    queryKey: [...KEYS.certificates, status, pageIndex],
    queryFn: () =>
      sdk.client.fetch<CertificateList>("/admin/ocop/certificates", {
        // Always sent: without a status the backend lists only the submitted ones.
        query: { status, ...page(pageIndex) },
      }),
    // Keeps the page on screen while the next page of the same tab loads; another tab starts
    // empty, so no certificate is ever shown under the wrong status.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === status ? previous : undefined),
  })
}

export function useCertificate(id: string) {
  return useQuery({
    queryKey: [...KEYS.certificate, id],
    queryFn: () => sdk.client.fetch<{ certificate: Certificate }>(`/admin/ocop/certificates/${encodeURIComponent(id)}`),
    retry: retryUnlessMissing,
  })
}

/**
 * The certificate's file as a Blob of its declared type (fetched with the admin's session, so it
 * shows inline whatever origin the backend is on). Not kept once the page is left: the backend
 * serves it `no-store`.
 */
export function useCertificateDocument(id: string, mimeType: string) {
  return useQuery({
    queryKey: [...KEYS.document, id],
    queryFn: async () => {
      // Any accept but JSON makes the SDK hand back the raw response.
      const response = await sdk.client.fetch<Response>(documentRoute(id), { headers: { accept: "*/*" } })
      const blob = await response.blob()
      return blob.type === mimeType ? blob : new Blob([blob], { type: mimeType })
    },
    retry: retryUnlessMissing,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  })
}

export function useProductOcop(productId: string) {
  return useQuery({
    queryKey: [...KEYS.product, productId],
    queryFn: () => sdk.client.fetch<ProductOcop>(`/admin/products/${encodeURIComponent(productId)}/ocop`),
    retry: retryUnlessMissing,
  })
}

/** Who reviewed: an admin user's name or email (the history keeps their id). */
export function useAdminUser(id: string | null) {
  return useQuery({
    queryKey: [...KEYS.user, id],
    queryFn: () => sdk.client.fetch<{ user: AdminUser }>(`/admin/users/${encodeURIComponent(id ?? "")}`),
    enabled: !!id,
    retry: false,
    staleTime: 10 * 60_000,
  })
}

/** After any review every page of the plugin is refetched (statuses, counts and badges move together). */
function useRefetchAll() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: [ROOT] })
}

/**
 * Approve, reject or revoke. The backend refuses (4xx, a Vietnamese message) what the rules do not
 * allow; refetched whether it worked or not (another operator may have reviewed it meanwhile).
 */
export function useReviewCertificate(id: string) {
  const refetch = useRefetchAll()
  return useMutation({
    mutationFn: ({ action, reason }: { action: ReviewAction; reason?: string }) =>
      sdk.client.fetch<{ certificate: Certificate }>(`/admin/ocop/certificates/${encodeURIComponent(id)}/${action}`, {
        method: "POST",
        body: action === "approve" ? {} : { reason },
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
