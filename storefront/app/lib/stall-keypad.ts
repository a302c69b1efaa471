/**
 * The vendor screen's amount keypad as pure functions (shared by the page, its no-JavaScript
 * action and the tests). The amount is kept as the digits typed, without leading zeros.
 */
import { AMOUNT_LIMITS, amountAllowed, type PaymentRail } from "@choso/market-rules"

/** The largest amount any rail takes: a key that would go past it does nothing. */
export const MAX_AMOUNT = Math.max(AMOUNT_LIMITS.vietqr.max, AMOUNT_LIMITS.vnpay.max)
export const MAX_DIGITS = String(MAX_AMOUNT).length

export const DIGIT_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const
export type KeypadKey = (typeof DIGIT_KEYS)[number] | "0" | "000" | "back" | "clear"

export function isKeypadKey(value: unknown): value is KeypadKey {
  return typeof value === "string" && /^(?:[0-9]|000|back|clear)$/.test(value)
}

/** The digits after one key press. */
export function pressKey(digits: string, key: KeypadKey): string {
  if (key === "back") {
    return digits.slice(0, -1)
  }
  if (key === "clear") {
    return ""
  }
  // No leading zeros: "0" and "000" on an empty amount do nothing.
  const next = `${digits}${key}`.replace(/^0+/, "")
  if (next.length > MAX_DIGITS || Number(next) > MAX_AMOUNT) {
    return digits
  }
  return next
}

/** Whatever was typed in the amount field ("200.000", "200 000 đ") → its digits, or "" if too large. */
export function digitsFromInput(raw: unknown): string {
  if (typeof raw !== "string") {
    return ""
  }
  const digits = raw.replace(/\D/g, "").replace(/^0+/, "")
  return digits.length > MAX_DIGITS || Number(digits) > MAX_AMOUNT ? "" : digits
}

export function amountOf(digits: string): number {
  return digits ? Number(digits) : 0
}

/** "200000" → "200.000" (thousands grouped the Vietnamese way; "0" for nothing typed). */
export function groupDigits(digits: string): string {
  return (digits || "0").replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}

export function isRail(value: unknown): value is PaymentRail {
  return value === "vietqr" || value === "vnpay"
}

export type AmountProblem = "empty" | "too_small" | "too_large"

/** Why "Tạo mã QR" cannot be pressed yet, or null when the rail takes this amount. */
export function amountProblem(rail: PaymentRail, amount: number): AmountProblem | null {
  if (amountAllowed(rail, amount)) {
    return null
  }
  if (amount <= 0) {
    return "empty"
  }
  return amount < AMOUNT_LIMITS[rail].min ? "too_small" : "too_large"
}

/** 200000 → "200.000 đ" (the vendor screen writes "đ", as on market price boards). */
export function formatDong(amount: number): string {
  return `${groupDigits(amount > 0 ? String(Math.round(amount)) : "")}\u00a0đ`
}
