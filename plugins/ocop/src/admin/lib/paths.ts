/** The admin's own paths (react-router adds the admin's /app base). */
export const OCOP_PATH = "/ocop"
export const certificatePath = (id: string) => `/ocop/${encodeURIComponent(id)}`
/** Medusa's own product page. */
export const productPath = (id: string) => `/products/${encodeURIComponent(id)}`
/** The seller's page of the marketplace plugin. */
export const sellerPath = (id: string) => `/sellers/${encodeURIComponent(id)}`

/** The backend route of a certificate's document (the SDK adds the backend URL). */
export const documentRoute = (id: string) => `/admin/ocop/certificates/${encodeURIComponent(id)}/document`

/** The document's address for a new tab: the admin's session cookie goes with it. */
export function documentUrl(id: string): string {
  const base = (__BACKEND_URL__ || "").replace(/\/+$/, "")
  return `${base}${documentRoute(id)}`
}
