import { forwardedEntry, trustedProxyHops } from "./trust-proxy.server"

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/**
 * Only the outermost trusted proxy knows what the browser used. Proxies usually overwrite
 * X-Forwarded-Proto/Host instead of appending, so a list shorter than TRUST_PROXY means its
 * leftmost entry. (A browser cannot set these headers on a cross-site request; they only have
 * to be right, not unforgeable.)
 */
function forwardedValue(header: string | null, hops: number): string | null {
  if (!header) {
    return null
  }
  const count = header.split(",").length
  return forwardedEntry(header, Math.min(hops, count))
}

/**
 * The storefront's own origin as the browser sees it: the request URL's, or behind TRUST_PROXY
 * proxies the forwarded protocol and host (a TLS proxy talks plain http to the storefront).
 */
export function ownOrigin(request: Request, hops = trustedProxyHops()): string {
  const url = new URL(request.url)
  if (hops === 0) {
    return url.origin
  }
  const proto = forwardedValue(request.headers.get("x-forwarded-proto"), hops)?.toLowerCase()
  const host = forwardedValue(request.headers.get("x-forwarded-host"), hops)
  const scheme = proto === "http" || proto === "https" ? proto : url.protocol.slice(0, -1)
  const authority = host && HOST.test(host) ? host : url.host
  try {
    return new URL(`${scheme}://${authority}`).origin
  } catch {
    return url.origin
  }
}
