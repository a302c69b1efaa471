import { ownOrigin } from "./own-origin.server"

const SAFE_METHODS = new Set(["GET", "HEAD"])

/**
 * True when a request that can change something (any method but GET and HEAD) comes from a page
 * of another site: a form on evil.example posting to /gio-hang must not replace a shopper's cart.
 *
 * Browsers send Origin with every POST (same-origin ones included, also without JavaScript) and
 * Sec-Fetch-Site with every request; a request with neither (curl, server-to-server, tests) is no
 * browser acting for a shopper and is allowed. `Origin: null` (sandboxed frames, privacy
 * redirects) is refused.
 */
export function isCrossSiteRequest(request: Request, origin: string = ownOrigin(request)): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) {
    return false
  }
  const site = request.headers.get("sec-fetch-site")
  if (site === "cross-site" || site === "same-site") {
    return true
  }
  const sender = request.headers.get("origin")
  if (sender === null) {
    return false
  }
  try {
    return new URL(sender).origin !== origin
  } catch {
    return true
  }
}
