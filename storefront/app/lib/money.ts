/**
 * Money and count inputs as people type them on a phone: "120.000", "120 000", "120000 đ",
 * "1,5tr" is not accepted (đồng have no fractions; say "1.500.000"). Pure code, shared by the
 * product form's action and the tests. Amounts are integer đồng (no minor unit).
 */

/** A typo guard for one variant's price (1 billion đồng); the backend decides the real limits. */
export const MAX_PRICE = 1_000_000_000
/** A typo guard for one variant's stock. */
export const MAX_STOCK = 1_000_000

/** "₫", "đ", "đồng", "vnd", "VNĐ" at the end. */
const CURRENCY_SUFFIX = /\s*(₫|đồng|đ|vnđ|vnd)$/iu
/** Thousands grouped by dots, commas or spaces the Vietnamese way ("1.200.000"), or plain digits. */
const GROUPED = /^\d{1,3}(?:([.,\s\u00a0\u202f])\d{3})(?:\1\d{3})*$/u
const PLAIN = /^\d+$/
/** "120k" / "120K" = 120.000 (a common shorthand for thousands). */
const THOUSANDS = /^(\d{1,6})\s*k$/iu

function readInteger(raw: string): number | null {
  const text = raw.trim()
  if (!text) {
    return null
  }
  if (PLAIN.test(text)) {
    return Number(text)
  }
  if (GROUPED.test(text)) {
    return Number(text.replace(/\D/g, ""))
  }
  const thousands = THOUSANDS.exec(text)
  if (thousands?.[1]) {
    return Number(thousands[1]) * 1000
  }
  return null
}

/**
 * A price in đồng from what was typed: "120.000" → 120000, "120 000 ₫" → 120000, "120k" → 120000.
 * null for an empty field, decimals ("120.5"), badly grouped digits ("1.20.000"), zero, negative
 * numbers or more than MAX_PRICE.
 */
export function parseVndInput(raw: unknown): number | null {
  if (typeof raw !== "string") {
    return null
  }
  const amount = readInteger(raw.trim().replace(CURRENCY_SUFFIX, ""))
  if (amount === null || !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_PRICE) {
    return null
  }
  return amount
}

/** A stock count: "12" → 12, "1.000" → 1000; 0 is allowed; null when not a whole number 0…MAX_STOCK. */
export function parseCountInput(raw: unknown): number | null {
  if (typeof raw !== "string") {
    return null
  }
  const text = raw.trim()
  if (THOUSANDS.test(text)) {
    return null
  }
  const count = readInteger(text)
  if (count === null || !Number.isSafeInteger(count) || count < 0 || count > MAX_STOCK) {
    return null
  }
  return count
}

/** 120000 → "120.000": how a price is put back into its input (no currency sign). */
export function formatVndInput(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) {
    return ""
  }
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}
