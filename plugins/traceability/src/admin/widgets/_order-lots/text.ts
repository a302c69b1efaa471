/** Every Vietnamese text of the order's lots widget (the operators read Vietnamese). */
export const TEXT = {
  title: "Lô hàng đã giao (truy xuất)",
  subtitle:
    "Ghi lô nào đã giao cho từng dòng hàng: khách bấm vào dòng hàng trên trang đơn để xem nguồn gốc của đúng lô đó.",
  loading: "Đang tải…",
  loadError: "Không tải được lô hàng của đơn này.",
  retry: "Thử lại",
  noLines: "Đơn hàng không có dòng hàng nào.",
  noCandidates: "Chưa có lô nào còn hạn của sản phẩm này — người bán tạo lô trong Kênh người bán.",
  assigned: "Đã gán",
  notAssigned: "Chưa gán lô",
  suggested: "Gợi ý theo hạn dùng gần nhất trước (FEFO) — kiểm tra rồi bấm Lưu.",
  lot: "Lô",
  pickLot: "Chọn lô",
  quantity: "Số lượng",
  addLot: "Thêm lô",
  removeLot: "Bỏ lô này",
  edit: "Sửa",
  cancel: "Hủy",
  save: "Lưu",
  saving: "Đang lưu…",
  saved: "Đã lưu lô hàng của đơn.",
  saveError: "Chưa lưu được",
  trace: "Xem truy xuất",
  total: (sum: number, quantity: number) => `Tổng ${sum} / ${quantity}`,
  over: "vượt số lượng đã đặt",
  missing: (count: number) => `còn ${count} sản phẩm chưa gán lô`,
  expires: (day: string) => `HSD ${day}`,
  noExpiry: "không hạn dùng",
  produced: (day: string) => `SX ${day}`,
  stock: (quantity: number, unit: string, allocated: number) =>
    `lô ${quantity} ${unitLabel(unit)}, đã gán ${allocated} sản phẩm`,
} as const

/** LOT_UNITS as the operator reads them (the lot stores the bare code, e.g. "hop"). */
const UNIT_LABELS: Record<string, string> = {
  kg: "kg",
  g: "g",
  l: "lít",
  ml: "ml",
  chai: "chai",
  hop: "hộp",
  goi: "gói",
  cai: "cái",
  con: "con",
  bo: "bó",
}

export const unitLabel = (unit: string) => UNIT_LABELS[unit] ?? unit

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day "2027-03-14" → "14/03/2027". */
export function formatDay(value: string | null | undefined): string {
  if (!value) return "—"
  const match = DAY.exec(value)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value
}
