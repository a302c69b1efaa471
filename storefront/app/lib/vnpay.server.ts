import { isIP } from "node:net"
import type { HttpTypes } from "@medusajs/types"
import type { VNPayBankCode } from "./checkout.server"
import { type Lang, type MessageKey, translate } from "./i18n"
import { errorStatus, isClientError, localeHeaders, sdk } from "./medusa.server"
import { REFUND_STATUSES, type VNPayRefundStatus } from "./vnpay-view"

/** VNPay's vnp_Locale for the UI language. */
export function vnpayLocale(lang: Lang): "vn" | "en" {
  return lang === "en" ? "en" : "vn"
}

export type StartVNPayResult =
  | { ok: true; paymentUrl: string; txnRef: string }
  | { ok: false; message: MessageKey; detail?: string }

/** The payment URL and TxnRef of POST /store/vnpay/payments's 201 `{ vnpay_payment }`, or null. */
function startedPayment(answer: unknown): { paymentUrl: string; txnRef: string } | null {
  const payment = (answer as { vnpay_payment?: { payment_url?: unknown; txn_ref?: unknown } } | null)?.vnpay_payment
  const url = payment?.payment_url
  const txnRef = payment?.txn_ref
  return typeof url === "string" && /^https?:\/\//i.test(url) && typeof txnRef === "string"
    ? { paymentUrl: url, txnRef }
    : null
}

/** vnp_IpAddr as the backend accepts it: a plain IPv4/IPv6 address (no zone, IPv4-mapped as IPv4), else none. */
export function vnpayIp(ip: string): string | undefined {
  const plain = ip.replace(/%.*$/, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
  return isIP(plain) ? plain : undefined
}

/**
 * Starts (or restarts: the new attempt replaces the cart's previous session) a VNPay payment for
 * the cart. The backend records the attempt before the URL exists, so a paid URL is never lost.
 * The cart is NOT completed here: the backend turns it into an order when VNPay confirms the payment.
 */
export async function startVNPayPayment(
  cart: Pick<HttpTypes.StoreCart, "id">,
  lang: Lang,
  bankCode: VNPayBankCode,
  ip: string
): Promise<StartVNPayResult> {
  let answer: unknown
  try {
    answer = await sdk().client.fetch<unknown>("/store/vnpay/payments", {
      method: "POST",
      body: { cart_id: cart.id, bank_code: bankCode, locale: vnpayLocale(lang), ip: vnpayIp(ip) },
      headers: localeHeaders(lang),
    })
  } catch (error) {
    if (isClientError(error)) {
      return { ok: false, message: "checkout.error.vnpay", detail: error.message }
    }
    throw error
  }
  const payment = startedPayment(answer)
  if (!payment) {
    return { ok: false, message: "checkout.error.vnpay", detail: "POST /store/vnpay/payments answered no payment_url" }
  }
  return { ok: true, ...payment }
}

export const RETURN_STATUSES = ["pending", "failed", "paid", "refund", "review"] as const

/** What the backend's GET /store/vnpay/return answers for VNPay's signed return query. */
export interface VNPayReturnResult {
  txn_ref: string
  amount: number
  /**
   * pending: not confirmed server-side yet; paid: recorded (order_id null while the order is being
   * made); refund: VNPay took the money but the cart cannot become an order; review: an operator checks.
   */
  status: (typeof RETURN_STATUSES)[number]
  /** For "refund" only. */
  refund_status: VNPayRefundStatus | null
  /** For "refund" and "review": cart_changed, out_of_stock, reversed… */
  reason: string | null
  response_code: string
  message: { vi: string; en: string }
  /** "cart" (checkout) or "stall_payment" (a market stall's QR): the page says what was paid. */
  purpose: "cart" | "stall_payment"
  cart_id: string | null
  order_id: string | null
}

export type VNPayReturnLookup =
  | { kind: "ok"; result: VNPayReturnResult }
  /** 400: wrong or missing signature (or a malformed query). Nothing about the payment is known. */
  | { kind: "invalid" }
  /** 404: no VNPay payment with this reference. */
  | { kind: "not_found" }

/** Our own query parameters on the return URL (never sent to the backend). */
export const OWN_RETURN_PARAMS = ["poll"] as const

/** The return query as VNPay sent it, minus the storefront's own parameters. */
export function forwardedReturnQuery(url: URL): string {
  if (!OWN_RETURN_PARAMS.some((name) => url.searchParams.has(name))) {
    return url.search.replace(/^\?/, "")
  }
  const params = new URLSearchParams(url.search)
  for (const name of OWN_RETURN_PARAMS) {
    params.delete(name)
  }
  return params.toString()
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value)
}

function isReturnAnswer(
  value: unknown
): value is Record<string, unknown> & Pick<VNPayReturnResult, "txn_ref" | "status"> {
  if (!value || typeof value !== "object") {
    return false
  }
  const v = value as Record<string, unknown>
  return typeof v.txn_ref === "string" && isOneOf(RETURN_STATUSES, v.status)
}

const textOrNull = (value: unknown): string | null => (typeof value === "string" && value ? value : null)

/** Asks the backend what a VNPay return means. Money counts as received only when it says "paid" or "refund". */
export async function lookupVNPayReturn(query: string, lang: Lang): Promise<VNPayReturnLookup> {
  try {
    const answer: unknown = await sdk().client.fetch(`/store/vnpay/return${query ? `?${query}` : ""}`, {
      method: "GET",
      headers: localeHeaders(lang),
    })
    if (!isReturnAnswer(answer)) {
      throw new Error("Unexpected answer from /store/vnpay/return")
    }
    const message = answer.message as Partial<VNPayReturnResult["message"]> | undefined
    return {
      kind: "ok",
      result: {
        txn_ref: answer.txn_ref,
        status: answer.status,
        amount: Number(answer.amount ?? 0),
        // A refund whose progress is unknown is never shown as done.
        refund_status:
          answer.status === "refund"
            ? isOneOf(REFUND_STATUSES, answer.refund_status)
              ? answer.refund_status
              : "refunding"
            : null,
        reason: textOrNull(answer.reason),
        response_code: textOrNull(answer.response_code) ?? "",
        message: { vi: message?.vi ?? "", en: message?.en ?? "" },
        purpose: answer.purpose === "stall_payment" ? "stall_payment" : "cart",
        cart_id: textOrNull(answer.cart_id),
        order_id: textOrNull(answer.order_id),
      },
    }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404) {
      return { kind: "not_found" }
    }
    if (status === 400) {
      return { kind: "invalid" }
    }
    throw error
  }
}

/** Response codes the storefront explains in its own words; others use VNPay's description. */
const REASON_KEYS: Record<string, MessageKey> = {
  "24": "vnpay.reason.cancelled",
  "51": "vnpay.reason.insufficient",
  "11": "vnpay.reason.timeout",
}

/** Why a VNPay payment failed, in the UI language. */
export function failureReason(lang: Lang, result: Pick<VNPayReturnResult, "response_code" | "message">): string {
  const key = REASON_KEYS[result.response_code]
  if (key) {
    return translate(lang, key)
  }
  const described =
    (lang === "en" ? result.message?.en : result.message?.vi) || result.message?.vi || result.message?.en
  if (described) {
    return translate(lang, "vnpay.reason.described", { message: described, code: result.response_code || "?" })
  }
  return translate(lang, "vnpay.reason.unknown")
}

export function isCancelled(responseCode: string): boolean {
  return responseCode === "24"
}
