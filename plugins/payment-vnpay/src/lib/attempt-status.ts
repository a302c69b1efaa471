/**
 * The life of a VNPay attempt. Every verified success ends in `completed` (an order) or in a
 * refund (`refunding` → `refunded`, or `refund_failed` for the operator); `review` is for what a
 * person must look at (VNPay reversed it, suspected fraud, an order that cannot be made).
 */
export const ATTEMPT_STATUSES = [
  "pending",
  "failed",
  "review",
  "paid",
  "completed",
  "refunding",
  "refunded",
  "refund_failed",
] as const

export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number]

/** Statuses an operator must see in the admin. */
export const ATTENTION_STATUSES: readonly AttemptStatus[] = ["review", "refunding", "refunded", "refund_failed"]

/** What a verified VNPay answer (IPN or querydr) says about a payment. */
export type OutcomeKind = "paid" | "failed" | "review" | "unfinished"

/**
 * VNPay's TransactionStatus decides, with ResponseCode 00 needed for a success:
 * 00 paid; 01 not finished; 04 reversed and 07 suspected fraud need a person (the shopper may
 * have been debited); anything else failed.
 */
export function classifyOutcome(responseCode: string, transactionStatus: string): OutcomeKind {
  if (transactionStatus === "00") return responseCode === "00" ? "paid" : "review"
  if (transactionStatus === "01") return "unfinished"
  if (transactionStatus === "04" || transactionStatus === "07" || responseCode === "07") return "review"
  return "failed"
}

export function reviewReason(responseCode: string, transactionStatus: string): string {
  if (transactionStatus === "04") return "reversed"
  if (transactionStatus === "07" || responseCode === "07") return "suspected_fraud"
  return "inconsistent_outcome"
}

/**
 * From which statuses an outcome may be recorded. A success settles after a recorded failure or a
 * review (VNPay's later, signed word wins); a failure or review only replaces `pending`.
 * Anything else is a duplicate (IPN answer 02).
 */
export function outcomeMayReplace(kind: Exclude<OutcomeKind, "unfinished">): AttemptStatus[] {
  return kind === "paid" ? ["pending", "failed", "review"] : ["pending"]
}
