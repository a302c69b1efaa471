import { BANKS as SELLER_BANKS } from "@choso/seller-rules"

// Every word the sandbox's page shows: Vietnamese first, English in brackets where a developer
// from elsewhere needs it. The bank names are the short names banking apps and SePay use.

/** Napas BIN → the bank's short name, for the banks most stalls use (@choso/seller-rules). */
export const BANKS = /** @type {Readonly<Record<string, string>>} */ (
  Object.fromEntries(SELLER_BANKS.map((bank) => [bank.bin, bank.shortName]))
)

/**
 * "Vietcombank (970436)", or the BIN alone for a bank not in the list.
 * @param {string | undefined} bin
 */
export function bankLabel(bin) {
  if (!bin) return "—"
  const name = BANKS[bin]
  return name ? `${name} (${bin})` : bin
}

/**
 * 200000 → "200.000 đ" (Vietnamese thousands separator, whole đồng).
 * @param {number} amount
 */
export function formatVnd(amount) {
  const sign = amount < 0 ? "-" : ""
  return `${sign}${String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} đ`
}

/**
 * What the customer's app writes in the transfer's content by default: the reference first.
 * @param {string} reference
 */
export function defaultContent(reference) {
  return reference ? `${reference} chuyen tien` : "chuyen tien"
}

export const T = {
  title: "Ngân hàng thử nghiệm (sandbox)",
  subtitle: "Đóng vai ngân hàng của khách: đọc mã VietQR của sạp, chuyển khoản và báo cho Chợ Số như SePay.",
  subtitleEn: "(Plays the customer's bank: reads a stall's VietQR, transfers, and notifies Chợ Số as SePay does.)",
  badge: "KHÔNG CÓ TIỀN THẬT",
  step1: "Bước 1: Mã QR của sạp",
  qrLabel: "Dán nội dung mã QR (paste the QR text)",
  qrHint: "Chuỗi bắt đầu bằng 000201… mà máy quét đọc được.",
  imageLabel: "Hoặc chọn ảnh chụp / ảnh màn hình mã QR (or upload a photo of the QR)",
  read: "Đọc mã QR",
  step2: "Bước 2: Chuyển khoản",
  bank: "Ngân hàng nhận",
  account: "Số tài khoản",
  amount: "Số tiền",
  content: "Nội dung chuyển khoản",
  reference: "Mã thanh toán (tag 62.08)",
  noAmount: "Mã QR không ghi số tiền (static QR)",
  payExact: "Chuyển khoản đúng số tiền",
  otherAmountLabel: "Số tiền khác, đồng (e.g. 200 to test a wrong amount)",
  payOther: "Chuyển số tiền khác",
  sent: "Đã chuyển khoản và gửi webhook",
  transaction: "Mã giao dịch (id)",
  referenceCode: "Mã tham chiếu ngân hàng",
  date: "Thời gian (giờ Việt Nam)",
  httpStatus: "Máy chủ trả lời (HTTP status)",
  responseBody: "Nội dung trả lời (response body)",
  deliveries: "Số lần đã gửi",
  unreachable: "Không gọi được máy chủ (backend unreachable)",
  resend: "Gửi lại giao dịch này",
  resendHint: "Gửi lại đúng giao dịch (cùng id) để thử việc chống trùng (dedup).",
  again: "Quét mã khác",
  history: "Giao dịch gần đây",
  none: "Chưa có giao dịch nào.",
  webhook: "Webhook",
  auth: "Xác thực",
  authHmac: "HMAC-SHA256 (X-SePay-Signature)",
  authApiKey: "Authorization: Apikey",
  errors: {
    empty: "Hãy dán nội dung mã QR hoặc chọn một ảnh. (Paste the QR text or choose a photo.)",
    imageUnreadable: "Không đọc được ảnh này. Hãy chụp lại rõ hơn. (This file is not an image we can read.)",
    noQrInImage: "Không tìm thấy mã QR trong ảnh. Hãy chụp gần hơn, đủ sáng. (No QR code found in the image.)",
    notVietQr:
      "Đây không phải mã VietQR chuyển khoản hợp lệ (sai checksum hoặc không phải VietQR). (Not a valid VietQR: bad checksum or another kind of QR.)",
    amount: "Số tiền phải là số nguyên dương, tính bằng đồng. (The amount is a positive whole number of đồng.)",
    account: "Thiếu số tài khoản nhận. (The receiving account number is missing.)",
    notFound: "Không có giao dịch này. (No such transaction.)",
    tooLarge: "Tệp quá lớn (tối đa 10 MB). (File too large, 10 MB at most.)",
    badRequest: "Yêu cầu không hợp lệ. (Bad request.)",
  },
}
