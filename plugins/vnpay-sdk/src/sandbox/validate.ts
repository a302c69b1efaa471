import { parseVnpDate } from "../dates.js"
import { verifyParams } from "../signing.js"
import { type PageError, pageError } from "./page-errors.js"

/** A payment URL that passed every check VNPay makes. */
export interface ValidatedPayment {
  tmnCode: string
  /** vnp_Amount: VND × 100. */
  amount: number
  txnRef: string
  orderInfo: string
  orderType: string
  locale: "vn" | "en"
  returnUrl: string
  ipAddr: string
  createDate: string
  expireDate: string
  expiresAt: Date
  bankCode?: string
}

export type PaymentCheck = { ok: true; payment: ValidatedPayment } | { ok: false; error: PageError }

export interface MerchantConfig {
  tmnCode: string
  hashSecret: string
}

/** VNPay accepts 5,000 VND up to (not including) 1,000,000,000 VND per payment. */
export const MIN_AMOUNT_VND = 5_000
export const MAX_AMOUNT_VND = 1_000_000_000

const REQUIRED = [
  "vnp_Version",
  "vnp_Command",
  "vnp_Amount",
  "vnp_CurrCode",
  "vnp_TxnRef",
  "vnp_OrderInfo",
  "vnp_OrderType",
  "vnp_Locale",
  "vnp_ReturnUrl",
  "vnp_IpAddr",
  "vnp_CreateDate",
  "vnp_ExpireDate",
] as const

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

/** The format checks, in the order of VNPay's parameter table; returns the first failure. */
function formatProblem(p: Record<string, string>): string | undefined {
  const missing = REQUIRED.find((key) => !p[key])
  if (missing) return `${missing} is required`
  if (p.vnp_Version !== "2.1.0") return `vnp_Version must be 2.1.0 (got ${p.vnp_Version})`
  if (p.vnp_Command !== "pay") return `vnp_Command must be "pay" (got ${p.vnp_Command})`
  if (!/^[1-9]\d{0,11}$/.test(p.vnp_Amount)) return "vnp_Amount must be a positive integer (VND × 100)"
  const amount = Number(p.vnp_Amount)
  if (amount % 100 !== 0) return "vnp_Amount must be a multiple of 100 (VND × 100, no decimals)"
  if (amount < MIN_AMOUNT_VND * 100 || amount >= MAX_AMOUNT_VND * 100) {
    return `the amount must be from ${MIN_AMOUNT_VND} VND to under ${MAX_AMOUNT_VND} VND`
  }
  if (p.vnp_CurrCode !== "VND") return "vnp_CurrCode must be VND"
  if (p.vnp_TxnRef.length > 100) return "vnp_TxnRef is longer than 100 characters"
  if (p.vnp_OrderInfo.length > 255) return "vnp_OrderInfo is longer than 255 characters"
  if (p.vnp_Locale !== "vn" && p.vnp_Locale !== "en") return "vnp_Locale must be vn or en"
  if (!isHttpUrl(p.vnp_ReturnUrl)) return "vnp_ReturnUrl must be an http(s) URL"
  if (p.vnp_BankCode && !/^[A-Za-z0-9]{3,20}$/.test(p.vnp_BankCode))
    return "vnp_BankCode must be 3-20 letters or digits"
  if (!parseVnpDate(p.vnp_CreateDate)) return "vnp_CreateDate must be yyyyMMddHHmmss (GMT+7)"
  if (!parseVnpDate(p.vnp_ExpireDate)) return "vnp_ExpireDate must be yyyyMMddHHmmss (GMT+7)"
  return undefined
}

/**
 * Checks a payment URL's query like VNPay: merchant first (the secret belongs to it), then the
 * signature, then the fields, then the expiry. vnp_SecureHashType is accepted and ignored.
 */
export function validatePayment(params: Record<string, string>, merchant: MerchantConfig, now: Date): PaymentCheck {
  if (!params.vnp_TmnCode || params.vnp_TmnCode !== merchant.tmnCode) {
    return { ok: false, error: pageError("02", `unknown vnp_TmnCode "${params.vnp_TmnCode ?? ""}"`) }
  }
  if (!verifyParams(params, merchant.hashSecret)) {
    return { ok: false, error: pageError("70", "vnp_SecureHash does not match the parameters") }
  }
  const problem = formatProblem(params)
  if (problem) {
    return { ok: false, error: pageError("03", problem) }
  }
  const expiresAt = parseVnpDate(params.vnp_ExpireDate) as Date
  if (expiresAt.getTime() <= now.getTime()) {
    return { ok: false, error: pageError("11", `vnp_ExpireDate ${params.vnp_ExpireDate} (GMT+7) has passed`) }
  }
  return {
    ok: true,
    payment: {
      tmnCode: params.vnp_TmnCode,
      amount: Number(params.vnp_Amount),
      txnRef: params.vnp_TxnRef,
      orderInfo: params.vnp_OrderInfo,
      orderType: params.vnp_OrderType,
      locale: params.vnp_Locale === "en" ? "en" : "vn",
      returnUrl: params.vnp_ReturnUrl,
      ipAddr: params.vnp_IpAddr,
      createDate: params.vnp_CreateDate,
      expireDate: params.vnp_ExpireDate,
      expiresAt,
      bankCode: params.vnp_BankCode || undefined,
    },
  }
}
