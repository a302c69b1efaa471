import { isIP } from "node:net"
import { forwardedEntry, trustedProxyHops } from "./trust-proxy.server"

/** A bare IPv4 or IPv6 address; IPv4-mapped IPv6 ("::ffff:203.0.113.7") as plain IPv4. */
function normaliseIp(candidate: string | null | undefined): string | null {
  const value = candidate?.trim()
  if (!value || !isIP(value)) {
    return null
  }
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value)
  return mapped?.[1] ?? value
}

/** What the trusted proxies say the client's address is, or null. */
function forwardedIp(request: Request, hops: number): string | null {
  if (hops === 0) {
    return null
  }
  const forwarded = normaliseIp(forwardedEntry(request.headers.get("x-forwarded-for"), hops))
  // X-Real-IP holds one address, the one the nearest proxy saw: the client only when there is one proxy.
  return forwarded ?? (hops === 1 ? normaliseIp(request.headers.get("x-real-ip")) : null)
}

/**
 * The shopper's IP address. Behind TRUST_PROXY proxies it is the X-Forwarded-For entry the
 * outermost of them wrote; otherwise X-Forwarded-For and X-Real-IP are ignored (any client can
 * send them) and it is the socket's address when the server passes one, else 127.0.0.1.
 */
export function clientIp(request: Request, remoteAddress?: string | null): string {
  return forwardedIp(request, trustedProxyHops()) ?? normaliseIp(remoteAddress) ?? "127.0.0.1"
}
