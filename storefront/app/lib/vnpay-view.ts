import type { VNPayBankCode } from "./checkout.server"
import type { MessageKey } from "./i18n"

/** With JavaScript: ask the backend every 2 s, for at most 2 minutes. */
export const POLL_INTERVAL_MS = 2_000
export const POLL_LIMIT_MS = 120_000
/** Without JavaScript: the page reloads itself every 3 s, 40 times (2 minutes), counted in ?poll=. */
export const NOSCRIPT_REFRESH_SECONDS = 3
export const NOSCRIPT_REFRESH_LIMIT = 40

export interface MethodVM {
  code: VNPayBankCode
  label: MessageKey
  hint: MessageKey
}

/** How far a refund got: asked VNPay, VNPay confirmed it went to the bank, VNPay refused (an operator is on it). */
export const REFUND_STATUSES = ["refunding", "refunded", "refund_failed"] as const
export type VNPayRefundStatus = (typeof REFUND_STATUSES)[number]

export const REFUND_TITLE: Record<VNPayRefundStatus, MessageKey> = {
  refunding: "vnpay.refund.title.refunding",
  refunded: "vnpay.refund.title.refunded",
  refund_failed: "vnpay.refund.title.refund_failed",
}

/** Why the money goes back, as the shopper is told (the backend's other reasons read "other"). */
export type RefundCause =
  | "cart_changed"
  | "cart_completed"
  | "cart_gone"
  | "payment_method_changed"
  | "out_of_stock"
  | "other"

const CAUSES: readonly RefundCause[] = [
  "cart_changed",
  "cart_completed",
  "cart_gone",
  "payment_method_changed",
  "out_of_stock",
]

export function refundCause(reason: string | null): RefundCause {
  return CAUSES.find((cause) => cause === reason) ?? "other"
}

/** After these the cart cannot be paid again: it is an order already, or it is gone. */
export function cartStaysOpen(cause: RefundCause): boolean {
  return cause !== "cart_completed" && cause !== "cart_gone"
}

export type VNPayReturnView =
  | { state: "invalid"; title: string }
  | { state: "not_found"; title: string }
  | {
      state: "failed"
      title: string
      amount: number
      txnRef: string
      responseCode: string
      /** Why, in the UI language (the storefront's words for 24/51/11, VNPay's description otherwise). */
      reason: string
      cancelled: boolean
      /** The cart in this browser's cookie is the one this payment was for: "pay again" can restart it. */
      canPayAgain: boolean
      methods: MethodVM[]
    }
  | {
      state: "pending"
      title: string
      amount: number
      txnRef: string
      /** VNPay confirmed the payment; the order is still being created. */
      confirmed: boolean
      /** The no-JS refreshes ran out (the JS poll has its own clock). */
      timedOut: boolean
      /** Where the no-JS <meta refresh> goes next (null once it ran out). */
      refreshUrl: string | null
      /** This page again, from the start. */
      reloadUrl: string
    }
  | {
      /** VNPay took the money but the cart cannot become an order: it goes back. */
      state: "refund"
      title: string
      amount: number
      txnRef: string
      refundStatus: VNPayRefundStatus
      cause: RefundCause
      /** This browser holds the cart and it can still be paid: offer to check it and pay again. */
      cartOpen: boolean
      reloadUrl: string
    }
  | { state: "review"; title: string; amount: number; txnRef: string }
  /** A market stall's QR paid by card or wallet: no cart, no order; the stall's screen was told. */
  | { state: "stall"; title: string; amount: number; txnRef: string; paid: boolean; failed: boolean; reloadUrl: string }
