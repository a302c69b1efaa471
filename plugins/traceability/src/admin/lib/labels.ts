export const STEP_LABELS: Record<string, string> = {
  harvest: "Thu hoạch",
  processing: "Chế biến",
  packing: "Đóng gói",
  inspecting: "Kiểm tra",
  storing: "Lưu kho",
  shipping: "Vận chuyển",
  receiving: "Nhận hàng",
}

export const CHAIN_LABELS: Record<string, { text: string; color: "green" | "red" | "grey" }> = {
  intact: { text: "Toàn vẹn", color: "green" },
  broken: { text: "Bị thay đổi", color: "red" },
  empty: { text: "Chưa có sự kiện", color: "grey" },
}

export const REASON_LABELS: Record<string, string> = {
  seq: "thiếu hoặc trùng số thứ tự",
  lot: "sự kiện của lô khác",
  event_id: "mã sự kiện không khớp",
  prev_hash: "mắt xích trước không khớp",
  hash: "nội dung đã bị sửa",
  head: "đầu chuỗi không khớp",
  signature: "chữ ký không hợp lệ",
  digest: "chuỗi đã bị quay lui so với bản công bố",
}

export const formatTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) : "—"
