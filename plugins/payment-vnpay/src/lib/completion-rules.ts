/** What the completion of a paid cart attempt found. */
export interface CompletionFacts {
  attempt: { txn_ref: string; amount: number; status: string }
  cart: {
    completed_at?: Date | string | null
    /** The payment collection's amount, kept equal to the cart's total by Medusa. */
    amount: number | null
    sessions: { id: string; provider_id: string; txn_ref?: string | null }[]
  } | null
  /** The cart's order, if it has one, and the TxnRefs of the payments on it. */
  order: { id: string; txn_refs: string[] } | null
  vnpayProviderId: string
}

export type RefundReason = "cart_gone" | "cart_completed" | "cart_changed" | "payment_method_changed"

export type CompletionDecision =
  | { action: "skip" }
  | { action: "record_order"; order_id: string }
  | { action: "complete"; session_id: string }
  | { action: "rebind" }
  | { action: "refund"; reason: RefundReason }

/**
 * Can this paid attempt still become the cart's order, for exactly what was paid? The session may
 * have been replaced by another VNPay attempt for the same amount ("pay again" after a failure,
 * a second tab): the paid one wins and is bound anew. A changed total, another payment method
 * chosen, a cart already ordered or gone → the money goes back.
 */
export function decideCompletion(facts: CompletionFacts): CompletionDecision {
  const { attempt, cart, order } = facts
  if (attempt.status !== "paid") return { action: "skip" }
  if (order) {
    return order.txn_refs.includes(attempt.txn_ref)
      ? { action: "record_order", order_id: order.id }
      : { action: "refund", reason: "cart_completed" }
  }
  if (!cart) return { action: "refund", reason: "cart_gone" }
  if (cart.completed_at) return { action: "refund", reason: "cart_completed" }
  if (cart.amount !== attempt.amount) return { action: "refund", reason: "cart_changed" }
  if (cart.sessions.some((s) => s.provider_id !== facts.vnpayProviderId)) {
    return { action: "refund", reason: "payment_method_changed" }
  }
  const own = cart.sessions.find((s) => s.txn_ref === attempt.txn_ref)
  return own ? { action: "complete", session_id: own.id } : { action: "rebind" }
}

/** Why Medusa refused to make the order, as a reason an operator and a shopper understand. */
export function reasonFromCompletionError(message: string): "out_of_stock" | "cannot_complete" {
  return /inventory|stock|tồn kho/i.test(message) ? "out_of_stock" : "cannot_complete"
}
