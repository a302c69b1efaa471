/**
 * The seller's session in the storefront: the member's Medusa JWT in the signed, httpOnly
 * `choso_seller` cookie. Loaders and actions take the token from here and send it as
 * `Authorization: Bearer …` to `/vendor/*`; a missing or expired token, or a 401 from the backend,
 * sends the person to the sign-in page with the reason (and back to the page afterwards).
 */
import { redirect } from "react-router"
import { sellerCookie } from "./cookies.server"
import { isTokenExpired, readTokenClaims } from "./jwt"
import { type SignInReason, signInPath } from "./seller-paths"
import { isVendorApiError } from "./vendor-api.server"

const DAY_SECONDS = 24 * 60 * 60

/** The token of a signed-in member, or null (no cookie, a forged one, or an expired token). */
export async function readSellerToken(request: Request): Promise<string | null> {
  const value: unknown = await sellerCookie.parse(request.headers.get("Cookie"))
  if (typeof value !== "string" || !value) {
    return null
  }
  const claims = readTokenClaims(value)
  return claims?.actorId && !isTokenExpired(claims) ? value : null
}

/** Whether the request carries a seller cookie at all (expired or not). */
export async function hasSellerCookie(request: Request): Promise<boolean> {
  const value: unknown = await sellerCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && value.length > 0
}

/** The Set-Cookie value that signs the member in; the cookie ends when the token does. */
export function startSellerSession(token: string): Promise<string> {
  const claims = readTokenClaims(token)
  const left = claims?.expiresAt ? Math.floor(claims.expiresAt - Date.now() / 1000) : DAY_SECONDS
  return sellerCookie.serialize(token, { maxAge: Math.max(60, Math.min(left, 30 * DAY_SECONDS)) })
}

export function endSellerSession(): Promise<string> {
  return sellerCookie.serialize("", { maxAge: 0 })
}

function here(request: Request): string {
  const url = new URL(request.url)
  return url.pathname + url.search
}

/** A redirect (303 after a post) to the sign-in page that also drops the cookie. */
export async function toSignIn(request: Request, reason: SignInReason): Promise<Response> {
  const status = request.method === "GET" || request.method === "HEAD" ? 302 : 303
  return redirect(signInPath(reason, request.method === "GET" ? here(request) : null), {
    status,
    headers: { "Set-Cookie": await endSellerSession() },
  })
}

/** The member's token, or a thrown redirect to the sign-in page. */
export async function requireSellerToken(request: Request): Promise<string> {
  const token = await readSellerToken(request)
  if (!token) {
    throw await toSignIn(request, (await hasSellerCookie(request)) ? "expired" : "required")
  }
  return token
}

/**
 * Runs `work` with the member's token. A 401 from the backend (token expired, revoked or the
 * member removed) becomes a redirect to the sign-in page saying the session has ended.
 */
export async function withSellerToken<T>(request: Request, work: (token: string) => Promise<T>): Promise<T> {
  const token = await requireSellerToken(request)
  try {
    return await work(token)
  } catch (error) {
    if (isVendorApiError(error) && error.status === 401) {
      throw await toSignIn(request, "expired")
    }
    throw error
  }
}
