import { VNPayInvalidRequestError } from "./errors.js"

/**
 * VNPay's limits for one payment, in VND: 5,000 ≤ amount < 1,000,000,000.
 * Source: the message VNPay's payment page shows for an out-of-range vnp_Amount ("Số tiền giao dịch
 * không hợp lệ. Số tiền hợp lệ từ 5,000 đến dưới 1 tỷ đồng", quoted in many merchants' code maps
 * as error 32). VNPay's 2.1.0 parameter table does not state them: a gateway rule, not a spec.
 */
export const MIN_PAYMENT_AMOUNT = 5_000
/** Exclusive upper bound (one billion VND). */
export const MAX_PAYMENT_AMOUNT = 1_000_000_000

/**
 * The ONE place where VND becomes VNPay's `vnp_Amount` (VND × 100, VNPay's "minor unit").
 * Throws VNPayInvalidRequestError unless `amount` is a non-negative integer whose ×100 is safe.
 */
export function toVnpAmount(amount: number, param = "amount"): number {
  if (
    typeof amount !== "number" ||
    !Number.isSafeInteger(amount) ||
    amount < 0 ||
    !Number.isSafeInteger(amount * 100)
  ) {
    throw new VNPayInvalidRequestError(
      `${param} must be a non-negative integer number of VND, got ${String(amount)}`,
      param
    )
  }
  return amount * 100
}

/**
 * The ONE place where VNPay's `vnp_Amount` (VND × 100) becomes VND again.
 * Accepts the digits VNPay sends (string or number); throws VNPayInvalidRequestError for anything
 * that is not a whole number of VND.
 */
export function fromVnpAmount(value: string | number, param = "vnp_Amount"): number {
  const text = typeof value === "number" ? String(value) : value
  if (typeof text !== "string" || !/^\d{1,17}$/.test(text)) {
    throw new VNPayInvalidRequestError(`${param} must be digits, got ${JSON.stringify(value)}`, param)
  }
  const minor = Number(text)
  if (!Number.isSafeInteger(minor) || minor % 100 !== 0) {
    throw new VNPayInvalidRequestError(`${param} ${text} is not a whole number of VND (×100)`, param)
  }
  return minor / 100
}
