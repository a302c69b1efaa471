/**
 * What the storefront reads from a Medusa auth token without verifying it (the backend verifies
 * every call): when it expires, and whether it already names a seller member (`actor_id`).
 * Used only to choose where to send the person; never to decide what they may see.
 */
export interface TokenClaims {
  /** The seller member's id; null for a registration token (no member yet). */
  actorId: string | null
  /** Expiry in seconds since the epoch, when the token has one. */
  expiresAt: number | null
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/")
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4)
  const binary = atob(padded)
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

export function readTokenClaims(token: unknown): TokenClaims | null {
  if (typeof token !== "string") {
    return null
  }
  const parts = token.split(".")
  if (parts.length !== 3 || !parts[1]) {
    return null
  }
  try {
    const payload: unknown = JSON.parse(decodeBase64Url(parts[1]))
    if (!payload || typeof payload !== "object") {
      return null
    }
    const { actor_id, exp } = payload as { actor_id?: unknown; exp?: unknown }
    return {
      actorId: typeof actor_id === "string" && actor_id ? actor_id : null,
      expiresAt: typeof exp === "number" && Number.isFinite(exp) ? exp : null,
    }
  } catch {
    return null
  }
}

/** Expired (or unreadable) tokens are not worth a call to the backend. */
export function isTokenExpired(claims: TokenClaims | null, nowMs = Date.now()): boolean {
  if (!claims) {
    return true
  }
  return claims.expiresAt !== null && claims.expiresAt * 1000 <= nowMs
}
