/** The seller channel's paths, and the reasons the sign-in page can be shown with. Shared by server and pages. */
export const SELLER_HOME = "/kenh-nguoi-ban"
export const SELLER_SIGN_IN = "/kenh-nguoi-ban/dang-nhap"
export const SELLER_SIGN_OUT = "/kenh-nguoi-ban/dang-xuat"
export const SELLER_REGISTER = "/kenh-nguoi-ban/dang-ky"
export const SELLER_FORGOT = "/kenh-nguoi-ban/quen-mat-khau"
export const SELLER_RESET = "/kenh-nguoi-ban/dat-lai-mat-khau"
export const SELLER_NEW_PRODUCT = "/kenh-nguoi-ban/san-pham/moi"
export const SELLER_MEMBERS = "/kenh-nguoi-ban/nhan-vien"
export const SELLER_PROFILE = "/kenh-nguoi-ban/ho-so"
export const SELLER_INVITE = "/kenh-nguoi-ban/loi-moi"
export const SELLER_DOCUMENTS = "/kenh-nguoi-ban/giay-to"
export const SELLER_OCOP = "/kenh-nguoi-ban/ocop"
export const SELLER_OCOP_NEW = "/kenh-nguoi-ban/ocop/moi"

/** The submission form pre-filled to renew an approved certificate (the new one replaces it once approved). */
export function ocopRenewPath(id: string): string {
  return `${SELLER_OCOP_NEW}?gia_han=${encodeURIComponent(id)}`
}

/** The submission form pre-filled from a rejected certificate: a new submission. */
export function ocopResubmitPath(id: string): string {
  return `${SELLER_OCOP_NEW}?gui_lai=${encodeURIComponent(id)}`
}

export function sellerProductPath(id: string): string {
  return `/kenh-nguoi-ban/san-pham/${encodeURIComponent(id)}`
}

export function shopPath(handle: string): string {
  return `/cua-hang/${encodeURIComponent(handle)}`
}

/** Why the sign-in page is shown (`?reason=`). */
export const SIGN_IN_REASONS = ["required", "expired", "signed_out", "password_changed", "registered"] as const
export type SignInReason = (typeof SIGN_IN_REASONS)[number]

export function isSignInReason(value: unknown): value is SignInReason {
  return typeof value === "string" && (SIGN_IN_REASONS as readonly string[]).includes(value)
}

/** Only pages of the channel are places to come back to after signing in. */
export function channelPath(value: unknown): string | null {
  if (typeof value !== "string") {
    return null
  }
  if (value !== SELLER_HOME && !value.startsWith(`${SELLER_HOME}/`) && !value.startsWith(`${SELLER_HOME}?`)) {
    return null
  }
  // No way out of the channel ("/kenh-nguoi-ban/../..", "//", backslashes, control characters).
  if (/[\\\s\u0000-\u001f]|\/\/|\/\.\.?(\/|$|\?)|%2f|%5c|%2e/i.test(value)) {
    return null
  }
  return value
}

export function signInPath(reason?: SignInReason, next?: string | null): string {
  const search = new URLSearchParams()
  if (reason) {
    search.set("reason", reason)
  }
  const back = channelPath(next)
  if (back && back !== SELLER_HOME) {
    search.set("next", back)
  }
  const query = search.toString()
  return query ? `${SELLER_SIGN_IN}?${query}` : SELLER_SIGN_IN
}
