import type { RefundOutcome, RefundStatus, SandboxRefund, SandboxTransaction } from "./types.js"

/** What is left to refund, in VNPay units (VND × 100): rejected refunds gave their amount back. */
export function refundable(tx: SandboxTransaction): number {
  return tx.amount - tx.refunds.reduce((sum, r) => (r.status === "09" ? sum : sum + r.amount), 0)
}

/** The refund VNPay is still processing (05), if any: at most one at a time. */
export function refundInProgress(tx: SandboxTransaction): SandboxRefund | undefined {
  return tx.refunds.find((r) => r.status === "05")
}

const STATUS_AFTER: Record<RefundOutcome, RefundStatus> = { settle: "06", processing: "05", reject: "09" }

/**
 * Records a refund VNPay accepted (its answer says 05 whatever happens next) and moves it on per
 * `outcome`; querydr reports the payment with the status of its latest refund.
 */
export function recordRefund(
  tx: SandboxTransaction,
  refund: Omit<SandboxRefund, "status">,
  outcome: RefundOutcome
): SandboxRefund {
  const recorded: SandboxRefund = { ...refund, status: STATUS_AFTER[outcome] }
  tx.refunds.push(recorded)
  tx.transactionStatus = recorded.status
  return recorded
}

/** Ends the refund in progress: "06" handed to the bank, "09" rejected (its amount refundable again). */
export function settleRefund(tx: SandboxTransaction, status: "06" | "09"): SandboxRefund | undefined {
  const refund = refundInProgress(tx)
  if (!refund) return undefined
  refund.status = status
  tx.transactionStatus = status
  return refund
}
