/** Medusa's id of our provider, shared with the seed and the storefront. */
export { VNPAY_PROVIDER_ID } from "@choso/commerce"

/** Emitted when a verified success is recorded; the subscriber turns it into an order or a refund. */
export const VNPAY_ATTEMPT_PAID_EVENT = "vnpay.attempt.paid"

/** Emitted when an attempt needs an operator (refund started or failed, review). */
export const VNPAY_ATTEMPT_ATTENTION_EVENT = "vnpay.attempt.needs_attention"
