/** The errors VNPay's payment gateway shows as a page (HTTP 200) instead of the payment form. */
export interface PageError {
  code: string
  vi: string
  en: string
  /** What exactly was wrong (a developer hint; VNPay itself is terse). */
  detail?: string
}

const MESSAGES = {
  "01": { vi: "Giao dịch đã tồn tại", en: "Transaction already exists" },
  "02": { vi: "Website này chưa được phê duyệt", en: "This website has not been approved (unknown vnp_TmnCode)" },
  "03": { vi: "Dữ liệu gửi sang không đúng định dạng", en: "The data sent is not in the right format" },
  "11": { vi: "Giao dịch đã quá thời gian chờ thanh toán", en: "The payment has timed out" },
  "70": { vi: "Sai chữ ký", en: "Invalid signature" },
} as const

export type PageErrorCode = keyof typeof MESSAGES

export function pageError(code: PageErrorCode, detail?: string): PageError {
  return { code, ...MESSAGES[code], detail }
}
