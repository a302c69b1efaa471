/**
 * The vendor screen's session: the phone's device token in the httpOnly `choso_stall` cookie.
 * Loaders and actions send it as `x-stall-device`; no cookie, or a 401 from the backend (the
 * device was signed out from another phone, or the token is unknown), sends the phone to the
 * sign-in page and drops the cookie.
 */
import { redirect } from "react-router"
import { stallCookie } from "./cookies.server"
import { type Lang, type MessageKey, translate } from "./i18n"
import { type StallSignInReason, stallSignInPath } from "./stall-paths"
import { isVendorApiError, type VendorApiError } from "./vendor-api.server"

/** Device tokens are opaque; anything else in the cookie is not one. */
const TOKEN_SHAPE = /^[\w.~+/=-]{16,512}$/

export async function readStallToken(request: Request): Promise<string | null> {
  const value: unknown = await stallCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && TOKEN_SHAPE.test(value) ? value : null
}

export function startStallSession(token: string): Promise<string> {
  return stallCookie.serialize(token)
}

export function endStallSession(): Promise<string> {
  return stallCookie.serialize("", { maxAge: 0 })
}

/** A redirect (303 after a post) to the sign-in page that also drops the cookie. */
export async function toStallSignIn(request: Request, reason?: StallSignInReason): Promise<Response> {
  const status = request.method === "GET" || request.method === "HEAD" ? 302 : 303
  return redirect(stallSignInPath(reason), { status, headers: { "Set-Cookie": await endStallSession() } })
}

export async function requireStallToken(request: Request): Promise<string> {
  const token = await readStallToken(request)
  if (!token) {
    throw await toStallSignIn(request)
  }
  return token
}

export function isUnauthorized(error: unknown): boolean {
  return isVendorApiError(error) && error.status === 401
}

/** Runs `work` with the device token; a 401 from the backend becomes a redirect to the sign-in page. */
export async function withStallDevice<T>(request: Request, work: (token: string) => Promise<T>): Promise<T> {
  const token = await requireStallToken(request)
  try {
    return await work(token)
  } catch (error) {
    if (isUnauthorized(error)) {
      throw await toStallSignIn(request, "expired")
    }
    throw error
  }
}

/** What the phone is called in the list of the stall's devices ("Điện thoại Android"). */
export function deviceLabel(userAgent: string | null, lang: Lang): string {
  const ua = userAgent ?? ""
  const key: MessageKey = /iPhone/i.test(ua)
    ? "stall.device_label.iphone"
    : /iPad/i.test(ua)
      ? "stall.device_label.ipad"
      : /Android/i.test(ua)
        ? /Mobile/i.test(ua)
          ? "stall.device_label.android"
          : "stall.device_label.android_tablet"
        : "stall.device_label.computer"
  return translate(lang, key)
}

/** The backend's refusal of `POST /vendor/market/devices`, as something the vendor can act on. */
export function deviceRefusalKey(error: VendorApiError): MessageKey {
  const said = `${error.code ?? ""} ${error.type ?? ""} ${error.message}`.toLowerCase()
  if (
    /verif|not_active|pending|suspend|xác minh|chưa được duyệt/.test(said) ||
    error.status === 403 ||
    error.status === 409
  ) {
    return "stall.signin.error.not_verified"
  }
  if (/no_stall|stall_not_found|not_found|chưa có sạp|không có sạp/.test(said) || error.status === 404) {
    return "stall.signin.error.no_stall"
  }
  return "stall.signin.error.device"
}
