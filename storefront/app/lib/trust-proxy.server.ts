/**
 * TRUST_PROXY: how many reverse proxies stand in front of the storefront (e.g. `1` for one nginx).
 * Unset or 0: nothing in X-Forwarded-* is believed, since any client can send those headers.
 */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  if (value === undefined || value.trim() === "") {
    return 0
  }
  if (!/^\d{1,2}$/.test(value.trim())) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the storefront (0, 1, 2, …), got "${value}".`
    )
  }
  return Number(value.trim())
}

/**
 * The entry of a comma-separated X-Forwarded-* header written by the outermost trusted proxy:
 * each proxy appends what it saw, so that is the entry `hops` places from the right. Entries left
 * of it came from the client and can be anything. Null when the header is missing or too short
 * (a trusted proxy did not append: nothing in it can be told apart from what the client sent).
 */
export function forwardedEntry(header: string | null, hops: number): string | null {
  if (!header || hops < 1) {
    return null
  }
  const entries = header.split(",").map((entry) => entry.trim())
  const entry = entries[entries.length - hops]
  return entry || null
}
