import { formatVnpDate } from "../dates.js"
import { signParams, type VnpParams } from "../signing.js"
import type { PaymentMethod, PaymentResult, SandboxTransaction } from "./types.js"

/** What the customer picked on the page (or the API-level /_sandbox/pay). */
export interface PaymentChoice {
  method: PaymentMethod
  /** VNBANK: the bank's VNPay code, e.g. NCB. */
  bank?: string
  /** INTCARD: the card number, to name the brand. */
  cardNumber?: string
}

interface Outcome {
  responseCode: string
  transactionStatus: string
  /** The customer's bank debited them (the result carries a vnp_BankTranNo). */
  debited: boolean
}

/**
 * `reversed` (giao dịch đảo) keeps ResponseCode 00: VNPay's ResponseCode table has no code for a
 * reversal, and the bank's leg did succeed; only TransactionStatus 04 says VNPay did not complete
 * the payment (and gives the money back). It is what the "ResponseCode 00 AND TransactionStatus
 * 00" rule exists for. Neither it nor `fraud` (07, money taken, held by VNPay) is paid to the
 * merchant: both are recorded as failed, so refunding them answers 95.
 */
const OUTCOMES: Record<PaymentResult, Outcome> = {
  success: { responseCode: "00", transactionStatus: "00", debited: true },
  insufficient: { responseCode: "51", transactionStatus: "02", debited: false },
  cancel: { responseCode: "24", transactionStatus: "02", debited: false },
  reversed: { responseCode: "00", transactionStatus: "04", debited: true },
  fraud: { responseCode: "07", transactionStatus: "07", debited: true },
}

export const PAYMENT_RESULTS = Object.keys(OUTCOMES) as PaymentResult[]

export function isPaymentResult(value: unknown): value is PaymentResult {
  return typeof value === "string" && Object.hasOwn(OUTCOMES, value)
}

function cardBrand(cardNumber = ""): string {
  const digits = cardNumber.replace(/\D/g, "")
  if (digits.startsWith("4")) return "VISA"
  if (/^5[1-5]|^2[2-7]/.test(digits)) return "MASTERCARD"
  if (digits.startsWith("35")) return "JCB"
  if (/^3[47]/.test(digits)) return "AMEX"
  return "VISA"
}

function bankAndCard(choice: PaymentChoice): { bankCode: string; cardType: string } {
  switch (choice.method) {
    case "VNPAYQR":
      return { bankCode: "VNPAYQR", cardType: "QRCODE" }
    case "INTCARD":
      return { bankCode: cardBrand(choice.cardNumber), cardType: "CREDIT" }
    default:
      return { bankCode: choice.bank || "NCB", cardType: "ATM" }
  }
}

/**
 * Records the customer's outcome on the transaction and returns the result parameters VNPay
 * sends to the return URL and the IPN URL (unsigned).
 */
export function completePayment(
  tx: SandboxTransaction,
  result: PaymentResult,
  choice: PaymentChoice,
  transactionNo: () => string,
  now: Date
): VnpParams {
  const { responseCode, transactionStatus, debited } = OUTCOMES[result]
  const { bankCode, cardType } = bankAndCard(choice)
  const no = result === "cancel" ? "0" : transactionNo()
  tx.state = result === "success" ? "paid" : "failed"
  tx.responseCode = responseCode
  tx.transactionStatus = transactionStatus
  tx.bankCode = bankCode
  tx.cardType = cardType
  tx.transactionNo = no
  tx.payDate = formatVnpDate(now)
  tx.bankTranNo = debited ? `VNP${no}` : undefined
  return resultParams(tx)
}

/** The result query's fields, as the payment completed (call before any refund changes the status). */
export function resultParams(tx: SandboxTransaction): VnpParams {
  return {
    vnp_Amount: tx.amount,
    vnp_BankCode: tx.bankCode,
    vnp_BankTranNo: tx.bankTranNo,
    vnp_CardType: tx.cardType,
    vnp_OrderInfo: tx.orderInfo,
    vnp_PayDate: tx.payDate,
    vnp_ResponseCode: tx.responseCode,
    vnp_TmnCode: tx.tmnCode,
    vnp_TransactionNo: tx.transactionNo,
    vnp_TransactionStatus: tx.transactionStatus,
    vnp_TxnRef: tx.txnRef,
  }
}

/** The signed query (canonical order, vnp_SecureHash last), stored on the transaction. */
export function signResult(tx: SandboxTransaction, params: VnpParams, secret: string): string {
  const { query } = signParams(params, secret)
  tx.resultQuery = query
  return query
}

export function appendQuery(url: string, query: string): string {
  const [base, hash] = url.split("#", 2)
  const joined = base.includes("?")
    ? `${base}${base.endsWith("?") || base.endsWith("&") ? "" : "&"}${query}`
    : `${base}?${query}`
  return hash === undefined ? joined : `${joined}#${hash}`
}
