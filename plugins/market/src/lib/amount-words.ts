import { doReadNumber, ReadingConfig } from "read-vietnamese-number"

const CONFIG = new ReadingConfig()
CONFIG.unit = ["đồng"]

/**
 * The whole amount in Vietnamese words, never truncated: 200 → "hai trăm đồng",
 * 200000 → "hai trăm nghìn đồng" (the difference a speaker box's "hai trăm" hides).
 */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`An amount is a whole, non-negative number of đồng, not ${amount}`)
  }
  return doReadNumber(String(amount), CONFIG)
}

/** What the vendor's phone says and shows when the server has recorded a payment. */
export function confirmationWords(amount: number, reference: string): string {
  return `Đã nhận ${amountInWords(amount)}, mã ${reference}`
}
