export declare const PAYMENT_RAILS: readonly ["vietqr", "vnpay"]
export type PaymentRail = (typeof PAYMENT_RAILS)[number]
export declare const PAYMENT_REQUEST_STATUSES: readonly ["pending", "paid", "expired", "cancelled", "needs_review"]
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number]
export declare const TRANSFER_OUTCOMES: readonly ["paid", "needs_review", "ignored"]
export type TransferOutcome = (typeof TRANSFER_OUTCOMES)[number]
export declare const REVIEW_DECISIONS: readonly ["accepted", "returned"]
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]
export declare const STALL_STATUSES: readonly ["pending", "active", "suspended"]
export type StallStatus = (typeof STALL_STATUSES)[number]
export declare const AMOUNT_LIMITS: Readonly<Record<PaymentRail, { readonly min: number; readonly max: number }>>
export declare const QUICK_AMOUNTS: readonly number[]
export declare const REQUEST_TTL_SECONDS: number
export declare const REFERENCE_PREFIX: "CS"
export declare const REFERENCE_ALPHABET: string
export declare const REFERENCE_LENGTH: number
export declare const PAYMENT_REFERENCE: RegExp
export declare const STALL_CODE: RegExp
export declare const MARKET_CODE: RegExp
export declare const REVIEW_REASONS: readonly [
  "no_reference",
  "unknown_reference",
  "wrong_account",
  "wrong_amount",
  "already_paid",
  "expired",
  "not_pending",
]
export type ReviewReason = (typeof REVIEW_REASONS)[number]
export declare function amountAllowed(rail: PaymentRail, amount: number): boolean
