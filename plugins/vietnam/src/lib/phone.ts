/**
 * Vietnamese phone numbers as people type them: "0912 345 678", "091.234.5678",
 * "+84 912 345 678", "84912345678", landlines such as "0290 3831 234".
 * Returns the national form ("0912345678") or null when it is not a Vietnamese number.
 */
export function normalizeVietnamesePhone(raw: string | null | undefined): string | null {
  if (!raw) {
    return null
  }
  let digits = raw.trim().replace(/[\s.\-()]/g, "")
  if (digits.startsWith("+84")) {
    digits = `0${digits.slice(3)}`
  } else if (/^84\d{9,10}$/.test(digits)) {
    digits = `0${digits.slice(2)}`
  }
  if (!/^\d+$/.test(digits)) {
    return null
  }
  // Mobile: 10 digits on the 03/05/07/08/09 ranges. Landline: 02 + area code + number, 11 digits.
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) {
    return digits
  }
  return null
}
