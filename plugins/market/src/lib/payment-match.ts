/** A stall's payment request, as the matching needs it. */
export interface PendingRequest {
  reference: string
  amount: number
  status: "pending" | "paid" | "expired" | "cancelled" | "needs_review"
  expires_at: Date
  /** The receiving account of the request's rail (the stall's bank account for VietQR). */
  account: string
}

/** One incoming bank transfer, as a verified SePay-format webhook reports it. */
export interface Transfer {
  direction: "in" | "out"
  account: string
  /** Virtual sub-account the bank routed it to, if any. */
  sub_account?: string | null
  amount: number
  content: string
  received_at: Date
}

export type ReviewReason =
  | "no_reference"
  | "unknown_reference"
  | "wrong_account"
  | "wrong_amount"
  | "already_paid"
  | "expired"
  | "not_pending"

export type MatchDecision =
  | { outcome: "ignore" }
  | { outcome: "paid"; reference: string }
  | { outcome: "needs_review"; reason: ReviewReason; reference: string | null }

/** Banks upper-case content, drop spaces, punctuation and accents, or add prefixes. */
export function squeeze(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "D")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
}

/** The reference of one of `requests` found in a transfer's content, or null. */
export function findReference(content: string, references: readonly string[]): string | null {
  const squeezed = squeeze(content)
  const found = references.filter((reference) => squeezed.includes(reference))
  // The longest wins: a reference may not hide inside another.
  return found.sort((a, b) => b.length - a.length)[0] ?? null
}

/**
 * Paid only when the transfer comes in to the request's account, with its exact amount and
 * its reference, while the request is pending and not expired. Anything else that came in is
 * kept for the vendor to check ("cần kiểm tra"), never shown as paid.
 */
export function matchTransfer(transfer: Transfer, requests: readonly PendingRequest[]): MatchDecision {
  if (transfer.direction !== "in") return { outcome: "ignore" }
  const reference = findReference(
    transfer.content,
    requests.map((r) => r.reference)
  )
  if (!reference) {
    return {
      outcome: "needs_review",
      reason: squeeze(transfer.content) ? "unknown_reference" : "no_reference",
      reference: null,
    }
  }
  const request = requests.find((r) => r.reference === reference)!
  const review = (reason: ReviewReason): MatchDecision => ({ outcome: "needs_review", reason, reference })
  if (request.account !== transfer.account && request.account !== transfer.sub_account) return review("wrong_account")
  if (request.status === "paid") return review("already_paid")
  if (request.status !== "pending") return review(request.status === "expired" ? "expired" : "not_pending")
  if (transfer.received_at.getTime() > request.expires_at.getTime()) return review("expired")
  if (transfer.amount !== request.amount) return review("wrong_amount")
  return { outcome: "paid", reference }
}
