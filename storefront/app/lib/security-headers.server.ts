import { backendUrl } from "./medusa.server"

export interface SecurityHeaderOptions {
  /** Per-request nonce carried by React Router's inline scripts. */
  nonce: string
  /** The storefront's origin as the browser sees it. */
  ownOrigin: string
  /** Origins of product images (the Medusa backend's /static). */
  imageOrigins: string[]
  pathname: string
  /** Vite's dev server injects styles and opens an HMR websocket. */
  dev: boolean
}

/** VNPay's return page carries the payment's signed parameters in its query. */
const PAYMENT_RETURN_PATH = /^\/thanh-toan\/vnpay(?:\.data)?\/?$/

function origin(url: string | undefined): string | null {
  if (!url) {
    return null
  }
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** The backend as the storefront calls it and, when different, as browsers reach it (PUBLIC_MEDUSA_URL). */
export function backendImageOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = [origin(backendUrl()), origin(env.PUBLIC_MEDUSA_URL)].filter((o): o is string => o !== null)
  return [...new Set(origins)]
}

export function contentSecurityPolicy({ nonce, ownOrigin, imageOrigins, dev }: SecurityHeaderOptions): string {
  // The checkout's VNPay button posts to our action, which redirects to VNPay's payment page,
  // and Chromium applies form-action to that redirect. Where VNPay lives is the backend's
  // setting (VNPAY_URL), so any https target is allowed; a storefront on plain http (a local
  // run) pays through the local http sandbox, so there http is allowed too.
  const formTargets = new URL(ownOrigin).protocol === "http:" ? "https: http:" : "https:"
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    ["img-src 'self' data:", ...imageOrigins].join(" "),
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    `form-action 'self' ${formTargets}`,
  ].join("; ")
}

/** The headers every document, data and resource response of the storefront carries. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // "same-origin" rather than "no-referrer" on the payment return page: with no-referrer a
    // browser sends `Origin: null` with the page's form posts, which the cross-site check refuses.
    "Referrer-Policy": PAYMENT_RETURN_PATH.test(options.pathname) ? "same-origin" : "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    // Geolocation for this origin only: a producer records where a trace step happened.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self), payment=(), usb=()",
  }
}
