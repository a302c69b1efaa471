// One SePay bank-transfer webhook delivery: the payload SePay sends for an incoming transfer
// and the POST carrying it, signed with @choso/market-rules/sepay (the backend verifies with
// the same module).
import {
  SEPAY_SIGNATURE_HEADER,
  SEPAY_TIMESTAMP_HEADER,
  sepayApiKeyHeader,
  sepaySignature,
} from "@choso/market-rules/sepay"

/**
 * SePay's JSON for one incoming transfer (STANDARDS).
 * @typedef {object} SePayTransfer
 * @property {number} id SePay's transaction id: the backend deduplicates on it.
 * @property {string} gateway The receiving bank's name.
 * @property {string} transactionDate "YYYY-MM-DD HH:mm:ss", Vietnam time (GMT+7).
 * @property {string} accountNumber
 * @property {string | null} code
 * @property {string} content
 * @property {"in" | "out"} transferType
 * @property {number} transferAmount
 * @property {number} accumulated The account's balance after this transfer.
 * @property {string | null} subAccount
 * @property {string} referenceCode The bank's own reference.
 * @property {string} description
 */

/**
 * @typedef {object} WebhookAuth
 * @property {string} [hmacSecret] Signs with X-SePay-Timestamp + X-SePay-Signature.
 * @property {string} [apiKey] Sends `Authorization: Apikey <key>`.
 */

/**
 * @typedef {object} Delivery
 * @property {number} status The backend's HTTP status; 0 when it could not be reached.
 * @property {unknown} body Its answer (parsed JSON, else text); null when unreachable.
 * @property {string} [error] Why it could not be reached.
 * @property {string} sentAt ISO time of the attempt.
 */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * "YYYY-MM-DD HH:mm:ss" in Vietnam time (GMT+7, no daylight saving), as SePay writes it.
 * @param {Date} [date]
 */
export function vietnamDateTime(date = new Date()) {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ")
}

/**
 * The headers that authenticate `rawBody` in the configured mode (HMAC wins when both are given).
 * @param {WebhookAuth} auth
 * @param {string} rawBody
 * @param {number} [nowSeconds]
 * @returns {Record<string, string>}
 */
export function authHeaders({ hmacSecret, apiKey }, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (hmacSecret) {
    return {
      [SEPAY_TIMESTAMP_HEADER]: String(nowSeconds),
      [SEPAY_SIGNATURE_HEADER]: sepaySignature(hmacSecret, nowSeconds, rawBody),
    }
  }
  if (apiKey) return { authorization: sepayApiKeyHeader(apiKey) }
  return {}
}

/**
 * POSTs the exact bytes `rawBody` to the webhook URL, freshly signed, and records the answer.
 * Never throws: an unreachable backend is a delivery with status 0.
 * @param {{ webhookUrl: string } & WebhookAuth} target
 * @param {string} rawBody
 * @returns {Promise<Delivery>}
 */
export async function deliver({ webhookUrl, ...auth }, rawBody) {
  const sentAt = new Date().toISOString()
  try {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders(auth, rawBody) },
      body: rawBody,
      signal: AbortSignal.timeout(15_000),
    })
    const text = await response.text()
    /** @type {unknown} */
    let body = text
    try {
      body = JSON.parse(text)
    } catch {}
    return { status: response.status, body, sentAt }
  } catch (error) {
    const cause = /** @type {{ cause?: { code?: string, message?: string, errors?: { code?: string }[] } }} */ (error)
      .cause
    const why = cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message
    const message = error instanceof Error ? error.message : String(error)
    return { status: 0, body: null, error: why ? `${message} (${why})` : message, sentAt }
  }
}
