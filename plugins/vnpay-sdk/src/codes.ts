export interface Bilingual {
  vi: string
  en: string
}

/** vnp_ResponseCode of a payment (return URL / IPN). */
export const RESPONSE_CODES: Record<string, Bilingual> = {
  "00": { vi: "Giao dịch thành công", en: "Transaction successful" },
  "07": {
    vi: "Trừ tiền thành công, giao dịch bị nghi ngờ gian lận",
    en: "Money deducted; transaction suspected of fraud",
  },
  "09": {
    vi: "Thẻ/Tài khoản chưa đăng ký dịch vụ InternetBanking",
    en: "Card/account is not registered for internet banking",
  },
  "10": {
    vi: "Xác thực thông tin thẻ/tài khoản không đúng quá 3 lần",
    en: "Card/account authentication failed more than 3 times",
  },
  "11": { vi: "Đã hết hạn chờ thanh toán", en: "Payment timed out" },
  "12": { vi: "Thẻ/Tài khoản bị khóa", en: "Card/account is locked" },
  "13": { vi: "Nhập sai mật khẩu xác thực giao dịch (OTP)", en: "Wrong one-time password (OTP)" },
  "24": { vi: "Khách hàng hủy giao dịch", en: "The customer cancelled the payment" },
  "51": { vi: "Tài khoản không đủ số dư", en: "Insufficient balance" },
  "65": { vi: "Tài khoản đã vượt quá hạn mức giao dịch trong ngày", en: "Daily transaction limit exceeded" },
  "75": { vi: "Ngân hàng thanh toán đang bảo trì", en: "The paying bank is under maintenance" },
  "79": { vi: "Nhập sai mật khẩu thanh toán quá số lần quy định", en: "Wrong payment password entered too many times" },
  "99": { vi: "Lỗi không xác định", en: "Other error" },
}

/** vnp_TransactionStatus. */
export const TRANSACTION_STATUSES: Record<string, Bilingual> = {
  "00": { vi: "Giao dịch thành công", en: "Successful" },
  "01": { vi: "Giao dịch chưa hoàn tất", en: "Not completed" },
  "02": { vi: "Giao dịch bị lỗi", en: "Error" },
  "04": { vi: "Giao dịch đảo (đã trừ tiền nhưng chưa thành công ở VNPay)", en: "Reversed" },
  "05": { vi: "VNPay đang xử lý hoàn tiền", en: "Refund being processed" },
  "06": { vi: "VNPay đã gửi yêu cầu hoàn tiền sang ngân hàng", en: "Refund sent to the bank" },
  "07": { vi: "Giao dịch bị nghi ngờ gian lận", en: "Suspected fraud" },
  "09": { vi: "Hoàn trả bị từ chối", en: "Refund rejected" },
}

/** vnp_ResponseCode of querydr/refund API calls. */
export const API_RESPONSE_CODES: Record<string, Bilingual> = {
  "00": { vi: "Yêu cầu thành công", en: "Request successful" },
  "02": { vi: "Mã định danh kết nối không hợp lệ", en: "Invalid merchant (TmnCode)" },
  "03": { vi: "Dữ liệu gửi sang không đúng định dạng", en: "Invalid request format" },
  "91": { vi: "Không tìm thấy giao dịch yêu cầu", en: "Transaction not found" },
  "94": {
    vi: "Yêu cầu bị trùng lặp trong thời gian giới hạn của API",
    en: "Duplicate request within the API's time limit",
  },
  "95": { vi: "Giao dịch không thành công, VNPay từ chối xử lý", en: "Rejected by VNPay" },
  "97": { vi: "Chữ ký không hợp lệ", en: "Invalid checksum" },
  "99": { vi: "Lỗi không xác định", en: "Other error" },
}

/** The IPN replies VNPay expects, byte for byte (including VNPay's own "Unknow error"). */
export const IPN_REPLIES = {
  "00": "Confirm Success",
  "01": "Order not found",
  "02": "Order already confirmed",
  "04": "invalid amount",
  "97": "Invalid signature",
  "99": "Unknow error",
} as const

export type IpnReplyCode = keyof typeof IPN_REPLIES

/**
 * VNPay's payment methods, as vnp_BankCode values, in the order its page shows them: VNPAY-QR from
 * a banking app, a domestic ATM card or bank account, an international card.
 */
export const PAYMENT_METHODS = ["VNPAYQR", "VNBANK", "INTCARD"] as const

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly unknown[]).includes(value)
}

/** A payment method, or one bank's VNPay code (e.g. "NCB"), which means VNBANK at that bank. */
export type BankCode = PaymentMethod | (string & {})

export function describeResponseCode(code: string): Bilingual {
  return RESPONSE_CODES[code] ?? RESPONSE_CODES["99"]
}
