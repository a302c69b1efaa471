import { MAX_PAYMENT_AMOUNT, MIN_PAYMENT_AMOUNT } from "./amount.js"
import { formatVnpDate, parseVnpDate } from "./dates.js"
import { VNPayInvalidRequestError } from "./errors.js"

/** Checks done before any URL is built or request sent; each throws VNPayInvalidRequestError naming the param. */

function fail(param: string, message: string): never {
  throw new VNPayInvalidRequestError(`${param}: ${message}`, param)
}

export function requireObject<T extends object>(value: T | null | undefined, name: string): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(name, "params must be an object")
  }
  return value
}

export function requireText(value: unknown, param: string, maxLength = 255): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail(param, "is required")
  }
  if (value.length > maxLength) {
    fail(param, `is longer than ${maxLength} characters`)
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    fail(param, "contains control characters")
  }
  return value
}

/** A payment amount in VND: an integer with 5,000 ≤ amount < 1,000,000,000 (see amount.ts). */
export function validatePaymentAmount(value: unknown, param = "amount"): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(param, `must be an integer number of VND, got ${String(value)}`)
  }
  if (value < MIN_PAYMENT_AMOUNT || value >= MAX_PAYMENT_AMOUNT) {
    fail(param, `must be between ${MIN_PAYMENT_AMOUNT} and ${MAX_PAYMENT_AMOUNT - 1} VND, got ${value}`)
  }
  return value
}

/**
 * A refund amount in VND: a positive integer below 1,000,000,000. No 5,000 floor: VNPay's minimum
 * is for payments, and a partial refund may legitimately be smaller.
 */
export function validateRefundAmount(value: unknown, param = "amount"): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(param, `must be an integer number of VND, got ${String(value)}`)
  }
  if (value < 1 || value >= MAX_PAYMENT_AMOUNT) {
    fail(param, `must be between 1 and ${MAX_PAYMENT_AMOUNT - 1} VND, got ${value}`)
  }
  return value
}

/** vnp_TxnRef: 1–100 characters of [A-Za-z0-9_-]. */
export function validateTxnRef(value: unknown, param = "txnRef"): string {
  if (typeof value !== "string" || value === "") {
    fail(param, "is required")
  }
  if (value.length > 100) {
    fail(param, "is longer than 100 characters")
  }
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    fail(param, "may only contain letters, digits, _ and -")
  }
  return value
}

/** An absolute http(s) URL of at most 255 characters (VNPay's limit for vnp_ReturnUrl). */
export function validateHttpUrl(value: unknown, param: string, maxLength = 255): string {
  if (typeof value !== "string" || value === "") {
    fail(param, "is required")
  }
  if (value.length > maxLength) {
    fail(param, `is longer than ${maxLength} characters`)
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    fail(param, "is not a valid URL")
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail(param, "must be an http or https URL")
  }
  return value
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

export function isIpAddress(value: string): boolean {
  if (IPV4.test(value)) {
    return true
  }
  if (!value.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(value)) {
    return false
  }
  try {
    // The WHATWG URL parser implements the IPv6 grammar; no dependency needed.
    return new URL(`http://[${value}]/`).hostname.length > 2
  } catch {
    return false
  }
}

/** The customer's (or, for the API, the server's) IP address: IPv4 or IPv6. */
export function validateIpAddr(value: unknown, param = "ipAddr"): string {
  if (typeof value !== "string" || value === "") {
    fail(param, "is required")
  }
  if (!isIpAddress(value)) {
    fail(param, `is not an IPv4 or IPv6 address: ${JSON.stringify(value)}`)
  }
  return value
}

export function validateLocale(value: unknown, param = "locale"): "vn" | "en" {
  if (value === undefined) {
    return "vn"
  }
  if (value !== "vn" && value !== "en") {
    fail(param, `must be "vn" or "en", got ${JSON.stringify(value)}`)
  }
  return value
}

/** Optional bank code: VNPAYQR, VNBANK, INTCARD or another VNPay bank code ([A-Z0-9], ≤ 20). */
export function validateBankCode(value: unknown, param = "bankCode"): string | undefined {
  if (value === undefined || value === "") {
    return undefined
  }
  if (typeof value !== "string" || !/^[A-Z0-9]{1,20}$/.test(value)) {
    fail(param, "must be uppercase letters and digits (e.g. VNPAYQR, VNBANK, INTCARD, NCB)")
  }
  return value
}

export function validateOrderType(value: unknown, param = "orderType"): string {
  if (value === undefined) {
    return "other"
  }
  if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,100}$/.test(value)) {
    fail(param, "must be 1–100 letters, digits, _ or - (e.g. other, 100000)")
  }
  return value
}

export function validateDate(value: unknown, param: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    fail(param, "must be a valid Date")
  }
  return value
}

export function validateExpiresInMinutes(value: unknown, param = "expiresInMinutes"): number {
  if (value === undefined) {
    return 15
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 1440) {
    fail(param, "must be an integer number of minutes from 1 to 1440")
  }
  return value
}

/** A payment's vnp_CreateDate: a Date, or the `yyyyMMddHHmmss` (GMT+7) string itself. */
export function toTransactionDate(value: unknown, param = "transactionDate"): string {
  if (value instanceof Date) {
    return formatVnpDate(validateDate(value, param))
  }
  if (typeof value === "string" && parseVnpDate(value) !== null) {
    return value
  }
  return fail(param, "must be a Date or a yyyyMMddHHmmss (GMT+7) string: the payment's vnp_CreateDate")
}

/** vnp_RequestId: at most 32 characters of [A-Za-z0-9_-]. */
export function validateRequestId(value: unknown, param = "requestId"): string {
  if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,32}$/.test(value)) {
    fail(param, "must be 1–32 letters, digits, _ or -")
  }
  return value
}

/** vnp_TransactionNo: VNPay's transaction number, digits. */
export function validateTransactionNo(value: unknown, param = "transactionNo"): string {
  const text = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value
  if (typeof text !== "string" || !/^\d{1,20}$/.test(text)) {
    fail(param, "must be VNPay's transaction number (digits)")
  }
  return text
}

export function validateInteger(
  value: unknown,
  param: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER } = {}
): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(param, `must be an integer from ${min} to ${max}`)
  }
  return value
}
