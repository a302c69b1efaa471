/** The vendor screen's paths (chợ 4.0). Shared by server and pages. */
export const STALL_HOME = "/ban-hang"
export const STALL_SIGN_IN = "/ban-hang/dang-nhap"
export const STALL_SIGN_OUT = "/ban-hang/dang-xuat"
export const STALL_DEVICES = "/ban-hang/thiet-bi"
export const STALL_FEED = "/ban-hang/su-kien"
export const STALL_EVENTS_JSON = "/ban-hang/su-kien.json"
export const STALL_MANIFEST = "/ban-hang.webmanifest"
export const STALL_SERVICE_WORKER = "/ban-hang-sw.js"

export function stallRequestPath(id: string): string {
  return `/ban-hang/ma/${encodeURIComponent(id)}`
}

export function publicStallPath(code: string): string {
  return `/c/${encodeURIComponent(code)}`
}

/** Why the sign-in page is shown (`?reason=`). */
export const STALL_SIGN_IN_REASONS = ["expired", "signed_out"] as const
export type StallSignInReason = (typeof STALL_SIGN_IN_REASONS)[number]

export function isStallSignInReason(value: unknown): value is StallSignInReason {
  return typeof value === "string" && (STALL_SIGN_IN_REASONS as readonly string[]).includes(value)
}

export function stallSignInPath(reason?: StallSignInReason): string {
  return reason ? `${STALL_SIGN_IN}?reason=${reason}` : STALL_SIGN_IN
}
