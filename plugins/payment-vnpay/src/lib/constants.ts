/** Medusa's id of our provider, shared with the seed and the storefront. */
export { VNPAY_PROVIDER_ID } from "@choso/commerce"

/**
 * What an attempt pays for: a cart (this plugin makes the order) or a stall's payment request
 * (@choso/market confirms it on VNPAY_PURPOSE_PAID_EVENT and marks the attempt fulfilled).
 */
export const VNPAY_PURPOSES = ["cart", "stall_payment"] as const
export type VNPayPurpose = (typeof VNPAY_PURPOSES)[number]

/** A verified success of an attempt that is not a cart's, for the plugin that owns its purpose. */
export const VNPAY_PURPOSE_PAID_EVENT = "vnpay.purpose.paid"

export interface VNPayPurposePaid {
  attempt_id: string
  purpose: VNPayPurpose
  resource_id: string
  txn_ref: string
  amount: number
  transaction_no: string | null
}

/** Emitted when a verified success is recorded; the subscriber turns it into an order or a refund. */
export const VNPAY_ATTEMPT_PAID_EVENT = "vnpay.attempt.paid"

/** Emitted when an attempt needs an operator (refund started or failed, review). */
export const VNPAY_ATTEMPT_ATTENTION_EVENT = "vnpay.attempt.needs_attention"
