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

const OUTCOMES: Record<PaymentResult, { responseCode: string; transactionStatus: string }> = {
  success: { responseCode: "00", transactionStatus: "00" },
  insufficient: { responseCode: "51", transactionStatus: "02" },
  cancel: { responseCode: "24", transactionStatus: "02" },
}

export function isPaymentResult(value: unknown): value is PaymentResult {
  return value === "success" || value === "insufficient" || value === "cancel"
}

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return value === "VNPAYQR" || value === "VNBANK" || value === "INTCARD"
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
  now: Date,
): VnpParams {
  const { responseCode, transactionStatus } = OUTCOMES[result]
  const { bankCode, cardType } = bankAndCard(choice)
  const no = result === "cancel" ? "0" : transactionNo()
  tx.state = result === "success" ? "paid" : "failed"
  tx.responseCode = responseCode
  tx.transactionStatus = transactionStatus
  tx.bankCode = bankCode
  tx.cardType = cardType
  tx.transactionNo = no
  tx.payDate = formatVnpDate(now)
  tx.bankTranNo = result === "success" ? `VNP${no}` : undefined
  return resultParams(tx)
}

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
    vnp_TransactionStatus: tx.responseCode === "00" ? "00" : "02",
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
  const joined = base.includes("?") ? `${base}${base.endsWith("?") || base.endsWith("&") ? "" : "&"}${query}` : `${base}?${query}`
  return hash === undefined ? joined : `${joined}#${hash}`
}
