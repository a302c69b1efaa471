import type { AttemptStatus } from "./attempt-status"

/** What the storefront's return page may say; "paid" only once the server recorded VNPay's word. */
export type ReturnStatus = "pending" | "failed" | "paid" | "refund" | "review"

export interface ReturnState {
  status: ReturnStatus
  /** For "refund": refunding (asked VNPay), refunded (VNPay confirmed), refund_failed (operator on it). */
  refund_status: "refunding" | "refunded" | "refund_failed" | null
  reason: string | null
  response_code: string
  order_id: string | null
}

/**
 * The attempt's recorded status decides; the signed return query only adds a failure the shopper
 * saw at VNPay before its IPN arrived (a failure is final for that attempt; a success is not
 * believed until recorded).
 */
export function returnState(
  attempt: { status: AttemptStatus; reason?: string | null; response_code?: string | null; order_id?: string | null },
  returned: { succeeded: boolean; responseCode: string }
): ReturnState {
  const base = { refund_status: null, reason: attempt.reason ?? null, order_id: null }
  const code = attempt.response_code || returned.responseCode
  switch (attempt.status) {
    case "completed":
      return { ...base, status: "paid", response_code: code, order_id: attempt.order_id ?? null }
    case "paid":
      return { ...base, status: "paid", response_code: code }
    case "refunding":
    case "refunded":
    case "refund_failed":
      return { ...base, status: "refund", refund_status: attempt.status, response_code: code }
    case "review":
      return { ...base, status: "review", response_code: code }
    case "failed":
      return { ...base, status: "failed", response_code: code }
    case "pending":
      return returned.succeeded
        ? { ...base, status: "pending", response_code: returned.responseCode }
        : { ...base, status: "failed", response_code: returned.responseCode }
  }
}
