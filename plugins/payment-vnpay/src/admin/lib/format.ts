const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** Integer đồng → "450.000 ₫", as the storefront writes it. */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(Number(amount))) return "—"
  return vnd.format(Math.round(Number(amount)))
}

/** ISO time → Vietnam's time (GMT+7), whatever the operator's computer is set to. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—"
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date)
}
