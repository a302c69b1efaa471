/**
 * Calls to the marketplace plugin's seller API (plugins/marketplace/README.md) from loaders and
 * actions only. A plain `fetch` rather than the JS SDK's `client.fetch`: the SDK's FetchError keeps
 * only the message, and the seller forms need the refusal's `code` and per-field `issues`.
 * The storefront (server) speaks to the backend; the browser never sees a token.
 */
import type { ApiErrorLike } from "./api-errors"
import { type Lang, medusaLocale } from "./i18n"
import { backendUrl } from "./medusa.server"
import type { CertificateDTO, VendorCertificatesAnswer } from "./ocop-types"
import type {
  ApiErrorBody,
  ApiIssue,
  DocumentDTO,
  DocumentKind,
  InviteDTO,
  MemberDTO,
  PhotoDTO,
  SellerDTO,
  SellerProfileInput,
  SellerRegistrationInput,
  VendorProductDTO,
  VendorProductInput,
} from "./vendor-types"

/** A refusal (4xx) or failure (5xx) of the backend, with what its body says. */
export class VendorApiError extends Error implements ApiErrorLike {
  readonly status: number
  readonly code?: string
  readonly type?: string
  readonly issues?: ApiIssue[]

  constructor(status: number, body: ApiErrorBody | null, statusText = "") {
    super(typeof body?.message === "string" ? body.message : statusText || `HTTP ${status}`)
    this.name = "VendorApiError"
    this.status = status
    if (typeof body?.code === "string") {
      this.code = body.code
    }
    if (typeof body?.type === "string") {
      this.type = body.type
    }
    // The OCOP plugin names its rule violations `problems` ({ field, code, message }): the same thing.
    const issues: unknown[] = [
      ...(Array.isArray(body?.issues) ? body.issues : []),
      ...(Array.isArray(body?.problems) ? body.problems : []),
    ]
    if (issues.length) {
      this.issues = issues.filter(
        (issue): issue is ApiIssue =>
          Boolean(issue) && typeof issue === "object" && typeof (issue as ApiIssue).message === "string"
      )
    }
  }
}

export function isVendorApiError(error: unknown): error is VendorApiError {
  return error instanceof VendorApiError
}

/** A refusal the person can act on (400–499). */
export function isRefusal(error: unknown): error is VendorApiError {
  return isVendorApiError(error) && error.status >= 400 && error.status < 500
}

export interface VendorCallOptions {
  method?: "GET" | "POST" | "DELETE"
  /** The seller's (or a registration's, a reset's) bearer token. */
  token?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as multipart/form-data (photos). */
  form?: FormData
  /** Sent as it is, with its content type (an EPCIS document, unparsed). */
  raw?: { body: string; type: string }
  lang?: Lang
  timeoutMs?: number
}

/** One call to the backend's seller API: the response and its JSON (null when there is none). */
export async function vendorSend(
  path: string,
  options: VendorCallOptions = {}
): Promise<{ response: Response; json: unknown }> {
  const headers = new Headers({ accept: "application/json" })
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (publishableKey) {
    headers.set("x-publishable-api-key", publishableKey)
  }
  if (options.lang) {
    headers.set("x-medusa-locale", medusaLocale(options.lang))
  }
  if (options.token) {
    headers.set("authorization", `Bearer ${options.token}`)
  }
  let body: BodyInit | undefined
  if (options.form) {
    body = options.form
  } else if (options.raw) {
    headers.set("content-type", options.raw.type)
    body = options.raw.body
  } else if (options.body !== undefined) {
    headers.set("content-type", "application/json")
    body = JSON.stringify(options.body)
  }
  const response = await fetch(`${backendUrl()}${path}`, {
    method: options.method ?? (body ? "POST" : "GET"),
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  })
  const text = await response.text()
  let json: unknown = null
  if (text && (response.headers.get("content-type") ?? "").includes("json")) {
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
  }
  return { response, json }
}

/** The JSON answer of a seller API call; a refusal throws VendorApiError. */
export async function vendorCall<T>(path: string, options: VendorCallOptions = {}): Promise<T> {
  const { response, json } = await vendorSend(path, options)
  if (!response.ok) {
    throw new VendorApiError(response.status, json as ApiErrorBody | null, response.statusText)
  }
  return json as T
}

const enc = encodeURIComponent

// ── Medusa auth, actor "seller" ─────────────────────────────────────────────

export interface TokenAnswer {
  token: string
  /** Set when Medusa wants a second factor or a verification first (not used by sellers today). */
  mfa_required?: boolean
  verification_required?: boolean
}

export function signIn(email: string, password: string): Promise<TokenAnswer> {
  return vendorCall<TokenAnswer>("/auth/seller/emailpass", { body: { email, password } })
}

/** A new auth identity → a token without a member yet (for `POST /vendor/sellers` or an invitation). */
export async function registerIdentity(email: string, password: string): Promise<string> {
  const { token } = await vendorCall<TokenAnswer>("/auth/seller/emailpass/register", { body: { email, password } })
  return token
}

/** After the member exists: a token that carries it. */
export async function refreshToken(token: string): Promise<string> {
  const answer = await vendorCall<TokenAnswer>("/auth/token/refresh", { method: "POST", token })
  return answer.token
}

/** Medusa answers 201 whether or not the e-mail has an identity. */
export async function requestPasswordReset(email: string): Promise<void> {
  await vendorCall<unknown>("/auth/seller/emailpass/reset-password", { body: { identifier: email } })
}

/** `resetToken`: the token of the e-mailed link. */
export async function updatePassword(resetToken: string, email: string, password: string): Promise<void> {
  await vendorCall<unknown>("/auth/seller/emailpass/update", { token: resetToken, body: { email, password } })
}

// ── /vendor ─────────────────────────────────────────────────────────────────

/** The owner member is named after the representative; the seller's fields go under `seller`. */
export function createSeller(
  token: string,
  input: SellerRegistrationInput
): Promise<{ seller: SellerDTO; member: MemberDTO }> {
  return vendorCall("/vendor/sellers", { token, body: { member_name: input.representative, seller: input } })
}

export function acceptInvite(token: string, inviteToken: string, name: string): Promise<{ member: MemberDTO }> {
  return vendorCall("/vendor/invites/accept", { token, body: { token: inviteToken, name } })
}

export function getMe(token: string, lang?: Lang): Promise<{ member: MemberDTO; seller: SellerDTO }> {
  return vendorCall("/vendor/me", { token, lang })
}

export function updateMe(token: string, input: SellerProfileInput): Promise<{ seller: SellerDTO }> {
  return vendorCall("/vendor/me", { token, body: input })
}

export function reapply(token: string): Promise<{ seller: SellerDTO }> {
  return vendorCall("/vendor/me/reapply", { method: "POST", token, body: {} })
}

export function listVendorProducts(
  token: string,
  lang?: Lang
): Promise<{ products: VendorProductDTO[]; count: number }> {
  return vendorCall("/vendor/products", { token, lang })
}

export function getVendorProduct(token: string, id: string, lang?: Lang): Promise<{ product: VendorProductDTO }> {
  return vendorCall(`/vendor/products/${enc(id)}`, { token, lang })
}

export function createVendorProduct(token: string, input: VendorProductInput): Promise<{ product: VendorProductDTO }> {
  return vendorCall("/vendor/products", { token, body: input })
}

export function updateVendorProduct(
  token: string,
  id: string,
  input: VendorProductInput
): Promise<{ product: VendorProductDTO }> {
  return vendorCall(`/vendor/products/${enc(id)}`, { token, body: input })
}

export function deleteVendorProduct(token: string, id: string): Promise<{ id: string; deleted: boolean }> {
  return vendorCall(`/vendor/products/${encodeURIComponent(id)}`, { method: "DELETE", token })
}

export function publishVendorProduct(
  token: string,
  id: string,
  published: boolean
): Promise<{ product: VendorProductDTO }> {
  return vendorCall(`/vendor/products/${enc(id)}/publish`, { token, body: { published } })
}

/** The file from the seller's form, forwarded as multipart field `file` (the backend makes the WebP sizes). */
export function uploadPhoto(token: string, file: File): Promise<{ photo: PhotoDTO }> {
  const form = new FormData()
  form.append("file", file, file.name || "photo")
  return vendorCall("/vendor/photos", { token, form, timeoutMs: 60_000 })
}

/** An identity document (photo or PDF), kept private by the backend. */
export function uploadDocument(token: string, kind: DocumentKind, file: File): Promise<{ document: DocumentDTO }> {
  const form = new FormData()
  form.append("kind", kind)
  form.append("file", file, file.name || "giay-to")
  return vendorCall("/vendor/documents", { token, form, timeoutMs: 60_000 })
}

export function listMembers(token: string): Promise<{ members: MemberDTO[]; invites: InviteDTO[] }> {
  return vendorCall("/vendor/members", { token })
}

export function inviteMember(token: string, email: string): Promise<{ invite: InviteDTO }> {
  return vendorCall("/vendor/members/invites", { token, body: { email } })
}

/** The owner takes a staff member off the seller; that person's sign-in and stall phones stop at once. */
export function removeMember(token: string, memberId: string, lang?: Lang): Promise<{ id: string; deleted: true }> {
  return vendorCall(`/vendor/members/${encodeURIComponent(memberId)}`, { method: "DELETE", token, lang })
}

// ── OCOP certificates (plugins/ocop/API.md) ─────────────────────────────────

/** The seller's certificates, newest first, with their history. */
export function listOcopCertificates(token: string, lang?: Lang): Promise<VendorCertificatesAnswer> {
  return vendorCall("/vendor/ocop/certificates", { token, lang })
}

export function getOcopCertificate(token: string, id: string, lang?: Lang): Promise<{ certificate: CertificateDTO }> {
  return vendorCall(`/vendor/ocop/certificates/${enc(id)}`, { token, lang })
}

/** What `POST /vendor/ocop/certificates` takes besides the file. */
export interface OcopSubmission {
  product_ids: string[]
  stars: number
  group: string
  score: number
  authority_level: string
  authority_name: string
  decision_number: string
  decision_date: string
  replaces_id?: string
}

/** The decision's scan or photo as multipart `file`, with the facts; answers 201 with the submitted certificate. */
export function submitOcopCertificate(
  token: string,
  input: OcopSubmission,
  file: File,
  lang?: Lang
): Promise<{ certificate: CertificateDTO }> {
  const form = new FormData()
  for (const id of input.product_ids) form.append("product_ids", id)
  form.append("stars", String(input.stars))
  form.append("group", input.group)
  form.append("score", String(input.score))
  form.append("authority_level", input.authority_level)
  form.append("authority_name", input.authority_name)
  form.append("decision_number", input.decision_number)
  form.append("decision_date", input.decision_date)
  if (input.replaces_id) form.append("replaces_id", input.replaces_id)
  form.append("file", file, file.name || "chung-nhan-ocop")
  return vendorCall("/vendor/ocop/certificates", { token, form, lang, timeoutMs: 60_000 })
}
