// SePay's webhook authentication, shared by the backend (which verifies) and the local bank
// sandbox (which signs). Node only (node:crypto): the storefront never imports this entry.
import { createHmac, timingSafeEqual } from "node:crypto"

export const SEPAY_SIGNATURE_HEADER = "x-sepay-signature"
export const SEPAY_TIMESTAMP_HEADER = "x-sepay-timestamp"
/** SePay: reject a timestamp more than five minutes from now (replays). */
export const SEPAY_MAX_DRIFT_SECONDS = 300

/**
 * "sha256=" + hex HMAC-SHA256 over `${timestamp}.${raw body}` (the exact bytes sent).
 * @param {string} secret
 * @param {string | number} timestamp
 * @param {string | Buffer} rawBody
 */
export function sepaySignature(secret, timestamp, rawBody) {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest("hex")}`
}

/**
 * The `Authorization` header of SePay's API-key mode.
 * @param {string} key
 */
export function sepayApiKeyHeader(key) {
  return `Apikey ${key}`
}

/**
 * @param {string} a
 * @param {string} b
 */
function sameText(a, b) {
  const left = Buffer.from(String(a))
  const right = Buffer.from(String(b))
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Checks one webhook delivery. `headers` are lower-cased (Node's). Returns null when it is
 * authentic, else why not (for the rejection log; never echo secrets).
 * @param {{ apiKey?: string | null, hmacSecret?: string | null }} keys
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | Buffer} rawBody
 * @param {number} [nowSeconds]
 * @returns {string | null}
 */
export function verifySePay({ apiKey, hmacSecret }, headers, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (hmacSecret) {
    const timestamp = headers[SEPAY_TIMESTAMP_HEADER]
    const signature = headers[SEPAY_SIGNATURE_HEADER]
    if (typeof timestamp !== "string" || typeof signature !== "string") return "missing_signature"
    if (!/^\d{1,12}$/.test(timestamp)) return "bad_timestamp"
    if (Math.abs(nowSeconds - Number(timestamp)) > SEPAY_MAX_DRIFT_SECONDS) return "stale_timestamp"
    return sameText(signature, sepaySignature(hmacSecret, timestamp, rawBody)) ? null : "bad_signature"
  }
  if (apiKey) {
    const authorization = headers.authorization
    if (typeof authorization !== "string") return "missing_api_key"
    return sameText(authorization, sepayApiKeyHeader(apiKey)) ? null : "bad_api_key"
  }
  return "not_configured"
}
