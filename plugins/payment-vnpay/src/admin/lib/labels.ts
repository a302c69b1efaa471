import type { AttemptStatus } from "../../lib/attempt-status"
import type { AttemptField } from "./types"

/** Every Vietnamese text of the VNPay admin pages (the province's operators read Vietnamese). */
export const TEXT = {
  menu: "Thanh toán VNPay",
  title: "Thanh toán VNPay",
  subtitle: "Các giao dịch VNPay cần người xem: chờ xem xét, đang hoàn tiền, đã hoàn tiền, hoàn tiền lỗi.",
  filterAttention: "Cần xử lý",
  filterAll: "Tất cả",
  loading: "Đang tải…",
  empty: "Không có giao dịch nào.",
  emptyAttention: "Không có giao dịch nào cần xử lý.",
  loadError: "Không tải được dữ liệu.",
  retry: "Thử lại",
  notFound: "Không tìm thấy giao dịch này.",
  back: "Quay lại danh sách",
  detailTitle: "Giao dịch VNPay",
  history: "Lịch sử",
  noHistory: "Chưa có sự kiện nào.",
  openOrder: "Xem đơn hàng",
  noOrder: "Chưa có đơn",
  none: "—",
  columns: {
    time: "Thời gian",
    txnRef: "Mã giao dịch (TxnRef)",
    transactionNo: "Mã VNPay",
    amount: "Số tiền",
    status: "Trạng thái",
    reason: "Lý do",
    cart: "Giỏ hàng",
    order: "Đơn hàng",
  },
  pagination: { of: "/", results: "giao dịch", pages: "trang", prev: "Trước", next: "Sau" },
  sections: {
    payment: "Thanh toán",
    order: "Giỏ hàng và đơn hàng",
    refund: "Hoàn tiền",
    technical: "Thông tin kỹ thuật",
  },
} as const

export const STATUS_LABELS: Record<AttemptStatus, string> = {
  pending: "Chờ thanh toán",
  failed: "Không thành công",
  review: "Cần xem xét",
  paid: "Đã thanh toán",
  completed: "Đã tạo đơn",
  refunding: "Đang hoàn tiền",
  refunded: "Đã hoàn tiền",
  refund_failed: "Hoàn tiền lỗi",
}

/** Reasons written by the workflows and the job; an unknown one is shown as its code. */
export const REASON_LABELS: Record<string, string> = {
  reversed: "VNPay đã đảo giao dịch",
  suspected_fraud: "Nghi ngờ gian lận",
  inconsistent_outcome: "Kết quả VNPay không nhất quán",
  cart_gone: "Giỏ hàng không còn",
  cart_completed: "Giỏ hàng đã thành đơn khác",
  cart_changed: "Giỏ hàng đã thay đổi số tiền",
  payment_method_changed: "Khách đã chọn cách thanh toán khác",
  out_of_stock: "Hết hàng",
  cannot_complete: "Không tạo được đơn hàng",
  completion_failed: "Tạo đơn thất bại nhiều lần",
  refund_rejected: "VNPay từ chối hoàn tiền",
  expired: "Hết hạn thanh toán",
}

export const EVENT_LABELS: Record<string, string> = {
  created: "Tạo liên kết thanh toán",
  outcome: "Nhận kết quả từ VNPay",
  outcome_reverted: "Hủy ghi nhận kết quả",
  completed: "Đã tạo đơn hàng",
  completion_failed: "Tạo đơn thất bại",
  review: "Chuyển sang xem xét",
  refund_decided: "Quyết định hoàn tiền",
  refund_requested: "Đã gửi yêu cầu hoàn tiền",
  refund_confirmed: "VNPay xác nhận đã hoàn tiền",
  refund_rejected: "VNPay từ chối hoàn tiền",
  expired: "Hết hạn thanh toán",
}

/** VNPay's TransactionStatus of a refund, as querydr reports it. */
export const REFUND_STATUS_LABELS: Record<string, string> = {
  "05": "VNPay đang xử lý hoàn tiền",
  "06": "Đã chuyển sang ngân hàng",
  "09": "VNPay từ chối hoàn tiền",
}

export const PURPOSE_LABELS: Record<string, string> = {
  cart: "Thanh toán giỏ hàng",
}

/** vnp_BankCode: how the shopper chose to pay. */
export const BANK_CODE_LABELS: Record<string, string> = {
  VNPAYQR: "Quét mã VNPAY-QR",
  VNBANK: "Thẻ ATM / tài khoản nội địa",
  INTCARD: "Thẻ quốc tế",
}

export const SOURCE_LABELS: Record<string, string> = {
  ipn: "IPN (VNPay gọi về)",
  querydr: "Truy vấn querydr",
}

export const FIELD_LABELS: Record<AttemptField, string> = {
  id: "Mã nội bộ",
  txn_ref: "Mã giao dịch (TxnRef)",
  transaction_no: "Mã giao dịch VNPay",
  amount: "Số tiền",
  status: "Trạng thái",
  reason: "Lý do",
  response_code: "Mã phản hồi (ResponseCode)",
  transaction_status: "Tình trạng giao dịch (TransactionStatus)",
  bank_code: "Phương thức chọn",
  paid_bank_code: "Ngân hàng thanh toán",
  pay_date: "Thời điểm thanh toán",
  source: "Nguồn kết quả",
  outcome_at: "Ghi nhận kết quả lúc",
  purpose: "Mục đích",
  resource_id: "Mã giỏ hàng",
  payment_session_id: "Phiên thanh toán Medusa",
  order_id: "Đơn hàng",
  completion_tries: "Số lần thử tạo đơn",
  last_error: "Lỗi gần nhất",
  refund_requested_at: "Yêu cầu hoàn tiền lúc",
  refund_transaction_no: "Mã giao dịch hoàn tiền",
  refund_status: "Tình trạng hoàn tiền",
  refunded_at: "Hoàn tiền xong lúc",
  create_date: "vnp_CreateDate",
  expires_at: "Hết hạn lúc",
  locale: "Ngôn ngữ trang VNPay",
  ip: "IP của khách",
  order_info: "Nội dung thanh toán",
  payment_url: "Liên kết thanh toán",
  created_at: "Tạo lúc",
  updated_at: "Cập nhật lúc",
}

export function statusLabel(status: string): string {
  return status in STATUS_LABELS ? STATUS_LABELS[status as AttemptStatus] : status
}

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return TEXT.none
  return labels[code] ?? code
}
