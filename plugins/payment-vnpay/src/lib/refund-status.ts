import type { AttemptStatus } from "./attempt-status"

/**
 * What querydr's TransactionStatus says about a refund we asked for. VNPay refunds are
 * asynchronous: 05 VNPay is processing it, 06 sent to the bank (refunded for us), 09 rejected.
 */
export function refundProgress(transactionStatus: string): { to: AttemptStatus; reason?: string } | null {
  if (transactionStatus === "06") return { to: "refunded" }
  if (transactionStatus === "09") return { to: "refund_failed", reason: "refund_rejected" }
  if (transactionStatus === "05") return { to: "refunding" }
  return null
}
