/** Medusa's id of our provider: "pp_" + the provider's identifier + "_" + its id in medusa-config. */
export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"

/** Emitted when a verified success is recorded; the subscriber turns it into an order or a refund. */
export const VNPAY_ATTEMPT_PAID_EVENT = "vnpay.attempt.paid"

/** Emitted when an attempt needs an operator (refund started or failed, review). */
export const VNPAY_ATTEMPT_ATTENTION_EVENT = "vnpay.attempt.needs_attention"
