import type { DocumentKind, LegalForm, MemberRole, SellerKind, SellerStatus } from "../../lib/seller-codes"

/** Every Vietnamese text of the marketplace's admin pages (the province's operators read Vietnamese). */
export const TEXT = {
  none: "—",
  loading: "Đang tải…",
  loadError: "Không tải được dữ liệu.",
  retry: "Thử lại",
  cancel: "Hủy",
  pagination: { of: "/", pages: "trang", prev: "Trước", next: "Sau" },
  sellers: {
    menu: "Người bán",
    title: "Người bán",
    subtitle:
      "Hợp tác xã, doanh nghiệp, hộ gia đình và tiểu thương đăng ký bán hàng. Hồ sơ chờ duyệt cần được xem trước.",
    search: "Tìm theo tên, mã số thuế, số điện thoại…",
    results: "người bán",
    empty: "Không có người bán nào.",
    emptyPending: "Không có hồ sơ nào chờ duyệt.",
    emptySearch: "Không tìm thấy người bán nào khớp với từ khóa.",
    columns: {
      name: "Tên",
      kind: "Loại",
      legalForm: "Hình thức pháp lý",
      province: "Tỉnh/thành",
      status: "Trạng thái",
      registered: "Ngày đăng ký",
    },
  },
  filters: {
    all: "Tất cả",
  },
  seller: {
    title: "Người bán",
    back: "Quay lại danh sách",
    notFound: "Không tìm thấy người bán này.",
    registeredAt: "Đăng ký lúc",
    productCount: "Sản phẩm",
    currentReason: "Lý do",
    sections: {
      identity: "Thông tin pháp lý",
      contact: "Liên hệ và địa chỉ",
      bank: "Tài khoản ngân hàng",
      story: "Giới thiệu",
      members: "Thành viên",
      documents: "Giấy tờ",
      history: "Lịch sử trạng thái",
    },
    fields: {
      name: "Tên pháp lý",
      handle: "Đường dẫn cửa hàng",
      kind: "Loại người bán",
      legalForm: "Hình thức pháp lý",
      taxCode: "Mã số thuế",
      businessRegistration: "Số đăng ký kinh doanh",
      representative: "Người đại diện",
      idNumber: "Số CCCD",
      phone: "Số điện thoại",
      email: "Thư điện tử",
      addressLine: "Địa chỉ",
      ward: "Phường/xã",
      province: "Tỉnh/thành",
      storyVi: "Tiếng Việt",
      storyEn: "Tiếng Anh",
      bankBin: "Ngân hàng (mã BIN)",
      bankAccountNumber: "Số tài khoản",
      bankAccountName: "Chủ tài khoản",
      id: "Mã nội bộ",
    },
    members: {
      name: "Họ tên",
      email: "Thư điện tử",
      role: "Vai trò",
      since: "Tham gia",
      empty: "Chưa có thành viên nào.",
    },
    documents: {
      kind: "Loại giấy tờ",
      mime: "Định dạng",
      size: "Dung lượng",
      uploadedAt: "Tải lên lúc",
      open: "Mở",
      download: "Tải về",
      empty: "Chưa có giấy tờ nào.",
      openFailed: "Không mở được giấy tờ",
      notInline: "Định dạng này không xem trực tiếp được, tệp sẽ được tải về.",
    },
    history: {
      empty: "Chưa có thay đổi trạng thái nào.",
      registered: "Đăng ký",
      reason: "Lý do",
      by: "Bởi",
    },
    rejectedNote: "Hồ sơ đã bị từ chối. Người bán có thể sửa và gửi lại; khi đó hồ sơ trở lại “Chờ duyệt”.",
  },
  actions: {
    approve: "Duyệt",
    reject: "Từ chối",
    suspend: "Tạm ngưng",
    reinstate: "Cho bán lại",
    approveTitle: "Duyệt người bán này?",
    approveDescription:
      "Người bán sẽ được bán hàng: những sản phẩm họ đăng sẽ hiện trên cửa hàng. Hãy kiểm tra giấy tờ trước khi duyệt.",
    reinstateTitle: "Cho người bán bán lại?",
    reinstateDescription:
      "Các sản phẩm đã bị ẩn khi tạm ngưng sẽ hiện lại trên cửa hàng. Người bán sẽ nhận được thông báo.",
    rejectTitle: "Từ chối hồ sơ",
    rejectDescription:
      "Người bán sẽ đọc lý do này. Hãy nói rõ cần bổ sung hoặc sửa gì; họ có thể gửi lại hồ sơ sau khi sửa.",
    suspendTitle: "Tạm ngưng người bán",
    suspendDescription:
      "Sản phẩm sẽ bị ẩn khỏi cửa hàng, đơn hàng giữ nguyên. Khi cho bán lại, các sản phẩm này sẽ hiện lại.",
    reasonLabel: "Lý do",
    reasonPlaceholder: "Ví dụ: Ảnh CCCD mặt sau bị mờ, vui lòng chụp lại.",
    reasonRequired: "Cần ghi lý do.",
    confirm: "Xác nhận",
    saving: "Đang lưu…",
    done: {
      approve: "Đã duyệt người bán.",
      reject: "Đã từ chối hồ sơ.",
      suspend: "Đã tạm ngưng người bán; sản phẩm của họ đã được ẩn.",
      reinstate: "Người bán đã được bán lại; sản phẩm đã ẩn được hiện lại.",
    },
    failed: "Không đổi được trạng thái",
  },
  messages: {
    menu: "Thư đã gửi",
    title: "Thư đã gửi",
    subtitle: "Các thư và thông báo hệ thống đã gửi: đặt lại mật khẩu, lời mời thành viên, kết quả duyệt hồ sơ…",
    devNote:
      "Khi chạy thử trên máy (npm start), thư không thực sự được gửi đi: nhà cung cấp thông báo “local” chỉ ghi vào nhật ký của máy chủ và vào danh sách này. Mở liên kết trong thư ở đây để đặt lại mật khẩu hoặc nhận lời mời.",
    search: "Tìm theo người nhận…",
    results: "thư",
    empty: "Chưa có thư nào.",
    emptySearch: "Không có thư nào gửi tới địa chỉ này.",
    openLink: "Mở liên kết",
    noSubject: "(không có tiêu đề)",
    filters: { email: "Thư điện tử", all: "Tất cả các kênh" },
    columns: {
      time: "Thời gian",
      to: "Người nhận",
      message: "Nội dung",
      status: "Trạng thái",
    },
  },
} as const

export const STATUS_LABELS: Record<SellerStatus, string> = {
  pending: "Chờ duyệt",
  approved: "Đã duyệt",
  rejected: "Từ chối",
  suspended: "Tạm ngưng",
}

export const KIND_LABELS: Record<SellerKind, string> = {
  cooperative: "Hợp tác xã",
  enterprise: "Doanh nghiệp",
  household: "Hộ gia đình",
  stall: "Tiểu thương",
}

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  organisation: "Tổ chức",
  household_business: "Hộ kinh doanh",
  individual: "Cá nhân",
}

export const ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Chủ tài khoản",
  staff: "Nhân viên",
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  id_front: "CCCD mặt trước",
  id_back: "CCCD mặt sau",
  business_registration: "Giấy chứng nhận đăng ký kinh doanh",
  other: "Giấy tờ khác",
}

/** Who changed a status (`actor_type` of the history). */
export const ACTOR_LABELS: Record<string, string> = {
  user: "Quản trị viên",
  seller: "Người bán",
  system: "Hệ thống",
}

/** Medusa's notification status. */
export const NOTIFICATION_STATUS_LABELS: Record<string, string> = {
  pending: "Đang gửi",
  success: "Đã gửi",
  failure: "Gửi lỗi",
}

export const CHANNEL_LABELS: Record<string, string> = {
  email: "Thư điện tử",
  sms: "Tin nhắn SMS",
  feed: "Thông báo trong trang quản trị",
}

export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return TEXT.none
  return labels[code] ?? code
}
