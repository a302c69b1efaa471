import { VNPayInvalidRequestError } from "./errors.js"

/** Characters VNPay accepts in vnp_OrderInfo once accents are stripped. */
const ORDER_INFO_ALLOWED = /^[A-Za-z0-9 .,:_#/-]+$/
export const ORDER_INFO_MAX_LENGTH = 255

/** "Thanh toán đơn hàng" → "Thanh toan don hang": NFD, drop combining marks, đ→d, Đ→D. */
export function stripVietnameseAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
}

/**
 * VNPay asks for unaccented order info: strips accents, trims, then only allows
 * [A-Za-z0-9 .,:_#/-] and at most 255 characters. Throws VNPayInvalidRequestError naming `param`.
 */
export function normalizeOrderInfo(value: unknown, param = "orderInfo"): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new VNPayInvalidRequestError(`${param} is required (non-empty text)`, param)
  }
  const text = stripVietnameseAccents(value).trim()
  if (text.length > ORDER_INFO_MAX_LENGTH) {
    throw new VNPayInvalidRequestError(`${param} is longer than ${ORDER_INFO_MAX_LENGTH} characters`, param)
  }
  if (!ORDER_INFO_ALLOWED.test(text)) {
    throw new VNPayInvalidRequestError(
      `${param} may only contain letters, digits, spaces and . , : _ # / - (after accents are removed)`,
      param
    )
  }
  return text
}
