import { createHmac, timingSafeEqual } from "node:crypto"

export type VnpParamValue = string | number | null | undefined
export type VnpParams = Record<string, VnpParamValue>

/**
 * VNPay's form encoding of one value: encodeURIComponent, then spaces as "+".
 * (The same as VNPay's own Node.js sample and the independent `vnpay` package.)
 */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+")
}

/** Drops empty values, sorts keys ascending, form-encodes: the exact string VNPay signs. */
export function canonicalQuery(params: VnpParams): string {
  return Object.keys(params)
    .filter((key) => params[key] !== undefined && params[key] !== null && String(params[key]) !== "")
    .sort()
    .map((key) => `${encodeValue(key)}=${encodeValue(String(params[key]))}`)
    .join("&")
}

export function hmacSha512Hex(secret: string, data: string): string {
  return createHmac("sha512", secret).update(Buffer.from(data, "utf8")).digest("hex")
}

/** Signs payment-URL params: returns the query (with vnp_SecureHash appended) and the hash. */
export function signParams(params: VnpParams, secret: string): { query: string; secureHash: string } {
  const query = canonicalQuery(params)
  const secureHash = hmacSha512Hex(secret, query)
  return { query: `${query}&vnp_SecureHash=${secureHash}`, secureHash }
}

/** Constant-time comparison of two hex digests (case-insensitive). */
export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a.toLowerCase(), "utf8")
  const right = Buffer.from(b.toLowerCase(), "utf8")
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Verifies a return-URL or IPN query: keeps only vnp_* keys, removes vnp_SecureHash and
 * vnp_SecureHashType, re-signs and compares in constant time.
 */
export function verifyParams(params: Record<string, string>, secret: string): boolean {
  const received = params.vnp_SecureHash
  if (!received) {
    return false
  }
  const signed: VnpParams = {}
  for (const [key, value] of Object.entries(params)) {
    if (key.startsWith("vnp_") && key !== "vnp_SecureHash" && key !== "vnp_SecureHashType") {
      signed[key] = value
    }
  }
  return safeEqualHex(hmacSha512Hex(secret, canonicalQuery(signed)), received)
}

/** HMAC-SHA512 over `|`-joined fields: how querydr and refund requests and responses are signed. */
export function hashFields(secret: string, fields: readonly VnpParamValue[]): string {
  return hmacSha512Hex(secret, fields.map((f) => (f === undefined || f === null ? "" : String(f))).join("|"))
}

/** Normalises the query shapes callers have (raw string, URLSearchParams, object) to an object. */
export function toParamRecord(
  query: string | URLSearchParams | Record<string, string | string[] | undefined>
): Record<string, string> {
  if (typeof query === "string") {
    const search = query.includes("?") ? query.slice(query.indexOf("?") + 1) : query
    return Object.fromEntries(new URLSearchParams(search))
  }
  if (query instanceof URLSearchParams) {
    return Object.fromEntries(query)
  }
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === "string") out[key] = value
    else if (Array.isArray(value) && typeof value[0] === "string") out[key] = value[0]
  }
  return out
}
