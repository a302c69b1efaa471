import type {
  PaymentRail,
  PaymentRequestStatus,
  ReviewDecision,
  ReviewReason,
  StallStatus,
  TransferOutcome,
} from "@choso/market-rules"

/** Every Vietnamese text of the market plugin's admin pages (the operators read Vietnamese). */
export const TEXT = {
  none: "—",
  loading: "Đang tải…",
  loadError: "Không tải được dữ liệu.",
  retry: "Thử lại",
  cancel: "Hủy",
  save: "Lưu",
  edit: "Sửa",
  confirm: "Xác nhận",
  saveFailed: "Không lưu được",
  illustration: "minh hoạ",
  all: "Tất cả",
  optional: "(không bắt buộc)",
  required: "Cần điền.",
  pagination: { of: "/", pages: "trang", prev: "Trước", next: "Sau" },
  markets: {
    menu: "Chợ 4.0",
    title: "Chợ 4.0",
    subtitle:
      "Các chợ truyền thống tham gia Chợ 4.0 và quầy của họ. Khách trả tiền bằng mã QR vào thẳng tài khoản của quầy, nên tài khoản phải được xác minh trước khi quầy nhận tiền.",
    tabs: { markets: "Chợ", stalls: "Quầy" },
    add: "Thêm chợ",
    results: "chợ",
    empty: "Chưa có chợ nào. Bấm “Thêm chợ” để bắt đầu.",
    columns: {
      code: "Mã chợ",
      name: "Tên chợ",
      address: "Địa chỉ",
      stalls: "Số quầy",
    },
  },
  market: {
    title: "Chợ",
    back: "Quay lại danh sách chợ",
    notFound: "Không tìm thấy chợ này.",
    edit: "Sửa thông tin chợ",
    sections: { info: "Thông tin chợ", stalls: "Quầy trong chợ" },
    fields: {
      code: "Mã chợ",
      name: "Tên chợ",
      address: "Địa chỉ",
      province: "Mã tỉnh/thành",
      ward: "Mã phường/xã",
      illustration: "Dữ liệu minh hoạ",
      createdAt: "Tạo lúc",
      id: "Mã nội bộ",
    },
    form: {
      createTitle: "Thêm chợ",
      createDescription: "Chợ truyền thống tham gia Chợ 4.0. Mã chợ dùng trong đường dẫn và báo cáo, nên đặt ngắn gọn.",
      editTitle: "Sửa thông tin chợ",
      editDescription: "Thay đổi được ghi ngay; các quầy của chợ không bị ảnh hưởng.",
      codeHint: "Chữ in hoa, số và dấu gạch, ví dụ CM-P2.",
      namePlaceholder: "Chợ Phường 2",
      addressPlaceholder: "Số nhà, đường…",
      provinceHint: "Mã đơn vị hành chính 2025, ví dụ 96 (Cà Mau).",
      wardHint: "Mã phường/xã 2025, ví dụ 32014.",
      illustrationHint: "Chợ mẫu để giới thiệu, không phải chợ thật; được gắn nhãn “minh hoạ”.",
      created: "Đã thêm chợ.",
      saved: "Đã lưu thông tin chợ.",
    },
    emptyStalls: "Chợ này chưa có quầy nào.",
  },
  stalls: {
    title: "Quầy",
    subtitle: "Quầy “Chờ xác minh” chưa nhận được tiền: hãy kiểm tra tên chủ tài khoản với ngân hàng rồi xác minh.",
    add: "Thêm quầy",
    results: "quầy",
    empty: "Không có quầy nào.",
    emptyPending: "Không có quầy nào chờ xác minh.",
    columns: {
      code: "Mã quầy",
      name: "Tên quầy",
      number: "Số quầy",
      market: "Chợ",
      seller: "Chủ quầy",
      account: "Tài khoản",
      status: "Trạng thái",
    },
  },
  stall: {
    title: "Quầy",
    back: "Quay lại",
    notFound: "Không tìm thấy quầy này.",
    edit: "Sửa thông tin quầy",
    sections: {
      info: "Thông tin quầy",
      bank: "Tài khoản nhận tiền",
      requests: "Yêu cầu thanh toán gần đây",
      reviews: "Giao dịch cần kiểm tra",
    },
    fields: {
      code: "Mã quầy",
      number: "Số quầy",
      displayName: "Tên quầy",
      goods: "Mặt hàng",
      photo: "Ảnh quầy",
      market: "Chợ",
      seller: "Chủ quầy (người bán)",
      sellerId: "Mã người bán",
      bank: "Ngân hàng",
      account: "Số tài khoản",
      holder: "Chủ tài khoản đã khai",
      verification: "Xác minh",
      verifiedAt: "Xác minh lúc",
      id: "Mã nội bộ",
    },
    canTakePayments: "Quầy đang nhận thanh toán bằng mã QR.",
    cannotTakePayments: {
      unverified: "Quầy chưa nhận được tiền: tài khoản ngân hàng chưa được xác minh.",
      suspended: "Quầy đang tạm ngưng: không tạo được yêu cầu thanh toán.",
      pending: "Quầy chưa hoạt động.",
    },
    emptyRequests: "Quầy chưa có yêu cầu thanh toán nào.",
    emptyReviews: "Không có giao dịch nào cần kiểm tra.",
    form: {
      createTitle: "Thêm quầy",
      createDescription:
        "Quầy mới ở trạng thái “Chờ xác minh”: quầy chỉ nhận tiền sau khi tài khoản ngân hàng được xác minh.",
      editTitle: "Sửa thông tin quầy",
      editDescription: "Đổi ngân hàng, số tài khoản hoặc tên chủ tài khoản thì tài khoản phải được xác minh lại.",
      codeHint: "3–16 chữ in hoa hoặc số; in trên biển quầy (/c/MÃ-QUẦY).",
      numberPlaceholder: "A12",
      displayNamePlaceholder: "Cô Ba bán cá",
      goodsPlaceholder: "Cá đồng, tôm, cua…",
      photoHint: "Đường dẫn ảnh (https://…), không bắt buộc.",
      bankPlaceholder: "Chọn ngân hàng",
      otherBank: "Ngân hàng khác (nhập mã BIN)",
      binHint: "Mã BIN của ngân hàng: 6 chữ số.",
      accountHint: "6–19 chữ số.",
      holderHint: "Tên chủ tài khoản như người bán khai; sẽ được đối chiếu với ngân hàng.",
      sellerIdHint: "Mã của một người bán loại “Tiểu thương” (sel_…).",
      sellerSearch: "Tìm chủ quầy theo tên",
      sellerSearchPlaceholder: "Tên, số điện thoại…",
      sellerNoMatch: "Không có người bán loại “Tiểu thương” nào khớp.",
      sellerPick: "Chọn",
      accountChangeWarning: "Tài khoản nhận tiền thay đổi: quầy sẽ phải được xác minh lại trước khi nhận tiền.",
      created: "Đã thêm quầy. Hãy xác minh tài khoản để quầy nhận được tiền.",
      saved: "Đã lưu thông tin quầy.",
    },
  },
  verify: {
    verified: "Đã xác minh",
    unverified: "Chưa xác minh",
    action: "Xác minh tài khoản",
    again: "Xác minh lại",
    title: "Xác minh tài khoản ngân hàng",
    description:
      "Kiểm tra với ngân hàng (tra cứu tên người nhận khi chuyển khoản, hoặc hỏi ngân hàng) rồi nhập tên chủ tài khoản đúng như ngân hàng hiển thị. Tên phải khớp với tên đã khai; dấu và chữ hoa không quan trọng.",
    declared: "Tên đã khai",
    holderLabel: "Tên chủ tài khoản theo ngân hàng",
    holderPlaceholder: "NGUYEN THI BA",
    refused: "Không xác minh được",
    done: "Đã xác minh tài khoản. Quầy có thể nhận thanh toán.",
  },
  status: {
    suspend: "Tạm ngưng quầy",
    reactivate: "Cho bán lại",
    suspendTitle: "Tạm ngưng quầy này?",
    suspendDescription:
      "Quầy sẽ không tạo được yêu cầu thanh toán mới cho tới khi được cho bán lại. Các giao dịch đã có giữ nguyên.",
    reactivateTitle: "Cho quầy bán lại?",
    reactivateDescription: "Quầy sẽ tạo lại được yêu cầu thanh toán bằng mã QR.",
    reactivateUnverified:
      "Tài khoản của quầy chưa được xác minh: quầy trở lại “Chờ xác minh” và chỉ nhận tiền sau khi xác minh.",
    done: {
      suspended: "Đã tạm ngưng quầy.",
      active: "Quầy đã được bán lại.",
      pending: "Quầy đã trở lại “Chờ xác minh”.",
    },
    failed: "Không đổi được trạng thái",
  },
  payments: {
    menu: "Giao dịch chợ",
    title: "Giao dịch chợ",
    subtitle:
      "Yêu cầu thanh toán của các quầy và các giao dịch chuyển khoản ngân hàng báo về. Chỉ máy chủ xác nhận tiền đã nhận.",
    requests: {
      title: "Yêu cầu thanh toán",
      results: "yêu cầu",
      empty: "Không có yêu cầu thanh toán nào.",
    },
    transfers: {
      title: "Chuyển khoản ngân hàng báo về",
      results: "giao dịch",
      empty: "Không có giao dịch nào.",
    },
  },
  requestColumns: {
    time: "Thời gian",
    reference: "Mã thanh toán",
    stall: "Quầy",
    amount: "Số tiền",
    rail: "Hình thức",
    status: "Trạng thái",
    paidAt: "Nhận tiền lúc",
    source: "Xác nhận bởi",
  },
  transferColumns: {
    time: "Thời gian",
    amount: "Số tiền",
    content: "Nội dung chuyển khoản",
    account: "Tài khoản nhận",
    outcome: "Kết quả",
    reason: "Lý do",
    resolution: "Người bán xử lý",
    provider: "Nguồn",
    showRaw: "Xem dữ liệu gốc",
    hideRaw: "Ẩn dữ liệu gốc",
    noRaw: "Không có dữ liệu gốc.",
    unresolved: "Chưa xử lý",
    reference: "Mã",
  },
} as const

export const STALL_STATUS_LABELS: Record<StallStatus, string> = {
  pending: "Chờ xác minh",
  active: "Đang bán",
  suspended: "Tạm ngưng",
}

export const REQUEST_STATUS_LABELS: Record<PaymentRequestStatus, string> = {
  pending: "Đang chờ",
  paid: "Đã nhận",
  expired: "Hết hạn",
  cancelled: "Đã huỷ",
  needs_review: "Cần kiểm tra",
}

export const RAIL_LABELS: Record<PaymentRail, string> = {
  vietqr: "VietQR",
  vnpay: "VNPay",
}

export const OUTCOME_LABELS: Record<TransferOutcome, string> = {
  paid: "Đã khớp",
  needs_review: "Cần kiểm tra",
  ignored: "Bỏ qua",
}

/** Why a transfer could not be matched to a request on its own. */
export const REASON_LABELS: Record<ReviewReason, string> = {
  no_reference: "Không có mã",
  unknown_reference: "Mã không khớp",
  wrong_account: "Sai tài khoản",
  wrong_amount: "Sai số tiền",
  already_paid: "Đã trả rồi",
  expired: "Quá hạn",
  not_pending: "Yêu cầu đã đóng",
}

/** The vendor's decision on a "cần kiểm tra" transfer. */
export const RESOLUTION_LABELS: Record<ReviewDecision, string> = {
  accepted: "Đã nhận tiền",
  returned: "Đã trả lại khách",
}

/** What confirmed a paid request. */
export const SOURCE_LABELS: Record<string, string> = {
  sepay: "Chuyển khoản (SePay)",
  vnpay: "VNPay",
  vendor: "Người bán",
}

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return TEXT.none
  return labels[code] ?? code
}
