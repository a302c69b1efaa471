import type { AuthorityLevel, CertificateStatus, OcopGroup } from "@choso/ocop-rules"
import type { ActorType, EventAction } from "./types"

/** Every Vietnamese text of the OCOP plugin's admin pages (the operators read Vietnamese). */
export const TEXT = {
  none: "—",
  loading: "Đang tải…",
  loadError: "Không tải được dữ liệu.",
  retry: "Thử lại",
  cancel: "Hủy",
  all: "Tất cả",
  required: "Cần điền.",
  optional: "(không bắt buộc)",
  pagination: { of: "/", pages: "trang", prev: "Trước", next: "Sau" },
  queue: {
    menu: "Chứng nhận OCOP",
    title: "Chứng nhận OCOP",
    subtitle:
      "Giấy chứng nhận OCOP người bán gửi lên. Đối chiếu từng giấy với bản gốc và Hệ thống OCOP quốc gia trước khi duyệt: huy hiệu OCOP chỉ hiện cho khách khi chứng nhận đã duyệt và còn hạn.",
    results: "chứng nhận",
    empty: "Không có chứng nhận nào.",
    emptySubmitted: "Không có chứng nhận nào chờ duyệt.",
    columns: {
      products: "Sản phẩm",
      seller: "Người bán",
      stars: "Hạng sao",
      group: "Nhóm",
      score: "Điểm",
      authority: "Cấp chứng nhận",
      decision: "Quyết định",
      validUntil: "Hiệu lực đến",
      submittedAt: "Gửi lúc",
    },
    moreProducts: (count: number) => `và ${count} sản phẩm khác`,
  },
  certificate: {
    title: "Chứng nhận OCOP",
    back: "Quay lại danh sách chứng nhận",
    notFound: "Không tìm thấy chứng nhận này.",
    sections: {
      document: "Giấy chứng nhận",
      info: "Thông tin chứng nhận",
      history: "Lịch sử",
    },
    fields: {
      products: "Sản phẩm",
      seller: "Người bán",
      stars: "Hạng sao",
      score: "Điểm đánh giá",
      group: "Nhóm sản phẩm",
      authorityLevel: "Cấp chứng nhận",
      authorityName: "Cơ quan cấp",
      decisionNumber: "Số quyết định",
      decisionDate: "Ngày quyết định",
      validUntil: "Hiệu lực đến",
      daysLeft: "Còn lại",
      warnings: "Đã nhắc người bán",
      reason: "Lý do",
      replaces: "Gia hạn cho",
      submittedAt: "Gửi lúc",
      reviewedAt: "Xét duyệt lúc",
      id: "Mã nội bộ",
    },
    daysLeft: (days: number) => (days >= 0 ? `${days} ngày` : `quá hạn ${-days} ngày`),
    warnings: (days: readonly number[]) => days.map((day) => `${day} ngày trước hạn`).join(", "),
    replacesLink: "chứng nhận trước",
    register: "Tra cứu trên Hệ thống OCOP quốc gia",
    registerHint: (decision: string) => `Tìm theo số quyết định ${decision} hoặc tên sản phẩm.`,
    reasonTitle: {
      rejected: "Lý do từ chối",
      revoked: "Lý do thu hồi",
    },
    emptyHistory: "Chưa có sự kiện nào.",
  },
  document: {
    open: "Mở trong thẻ mới",
    frameTitle: "Giấy chứng nhận OCOP",
    imageAlt: "Ảnh giấy chứng nhận OCOP",
    loadError: "Không tải được giấy chứng nhận.",
    noPreview: "Trình duyệt không hiển thị được tệp PDF ở đây.",
    kinds: { pdf: "PDF", image: "Ảnh" },
  },
  consistency: {
    title: "Điểm và hạng sao",
    bands:
      "Thang điểm OCOP: 90–100 điểm → 5 sao; 70 đến dưới 90 → 4 sao; 50 đến dưới 70 → 3 sao; dưới 50 không được chứng nhận.",
    match: (score: string, stars: number) => `Điểm ${score} thuộc hạng ${stars} sao: khớp với giấy chứng nhận.`,
    mismatch: (score: string, band: number, stars: number) =>
      `Điểm ${score} thuộc hạng ${band} sao, nhưng giấy ghi ${stars} sao. Đối chiếu lại với bản gốc.`,
    outside: (score: string) => `Điểm ${score} không đủ hạng OCOP nào (cần từ 50 điểm).`,
  },
  review: {
    approve: "Duyệt",
    reject: "Từ chối",
    revoke: "Thu hồi",
    failed: "Không thực hiện được",
    reasonLabel: "Lý do",
    reasonHint: "Người bán sẽ đọc lý do này; ghi rõ điều cần sửa hoặc căn cứ.",
    rejectPlaceholder: "Số quyết định không khớp với Hệ thống OCOP quốc gia…",
    revokePlaceholder: "Cơ quan cấp đã thu hồi quyết định số…",
    approveTitle: "Duyệt chứng nhận này?",
    approveDescription: (stars: number, until: string) =>
      `Sản phẩm sẽ mang huy hiệu OCOP ${stars} sao cho tới hết ngày ${until}. Hãy chắc chắn giấy chứng nhận khớp với bản gốc và Hệ thống OCOP quốc gia.`,
    approveRenewal: "Đây là bản gia hạn: chứng nhận trước sẽ hết hiệu lực khi bản này được duyệt.",
    rejectTitle: "Từ chối chứng nhận này?",
    rejectDescription:
      "Người bán nhận lý do và có thể gửi lại một chứng nhận mới; bản bị từ chối vẫn nằm trong lịch sử.",
    revokeTitle: "Thu hồi chứng nhận này?",
    revokeDescription: "Huy hiệu OCOP của sản phẩm biến mất ngay; người bán nhận lý do thu hồi.",
    done: {
      approve: "Đã duyệt chứng nhận.",
      reject: "Đã từ chối chứng nhận.",
      revoke: "Đã thu hồi chứng nhận.",
    },
  },
  history: {
    by: "bởi",
    transition: (from: string, to: string) => `${from} → ${to}`,
  },
  widget: {
    title: "Chứng nhận OCOP",
    none: "Chưa có chứng nhận OCOP",
    current: "Chứng nhận hiện tại",
    history: "Các chứng nhận khác",
    open: "Xem chứng nhận",
    validUntil: "Hiệu lực đến",
    decision: "Quyết định",
  },
  stars: (stars: number) => `${stars} sao`,
} as const

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  draft: "Bản nháp",
  submitted: "Chờ duyệt",
  approved: "Đã duyệt",
  rejected: "Bị từ chối",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
}

/** The six product groups of Decision 148/QĐ-TTg. */
export const GROUP_LABELS: Record<OcopGroup, string> = {
  "thuc-pham": "Thực phẩm",
  "do-uong": "Đồ uống",
  "duoc-lieu": "Dược liệu và sản phẩm từ dược liệu",
  "thu-cong-my-nghe": "Thủ công mỹ nghệ",
  "sinh-vat-canh": "Sinh vật cảnh",
  "du-lich": "Dịch vụ du lịch cộng đồng và điểm du lịch",
}

export const AUTHORITY_LABELS: Record<AuthorityLevel, string> = {
  central: "Trung ương",
  provincial: "Cấp tỉnh",
  district: "Cấp huyện (trước 01/07/2025)",
}

export const EVENT_LABELS: Record<EventAction, string> = {
  submitted: "Người bán gửi duyệt",
  approved: "Đã duyệt",
  rejected: "Bị từ chối",
  revoked: "Bị thu hồi",
  expired: "Hết hạn",
  warned: "Nhắc người bán sắp hết hạn",
  replaced: "Được thay bằng chứng nhận gia hạn",
}

export const ACTOR_LABELS: Record<ActorType, string> = {
  seller: "Người bán",
  user: "Quản trị viên",
  system: "Hệ thống",
}

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return TEXT.none
  return labels[code] ?? code
}
