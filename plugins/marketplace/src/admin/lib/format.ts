const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

const date = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

function parse(value: string | null | undefined): Date | null {
  if (!value) return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

/** ISO time → Vietnam's time (GMT+7), whatever the operator's computer is set to. */
export function formatDateTime(value: string | null | undefined): string {
  const parsed = parse(value)
  return parsed ? dateTime.format(parsed) : (value ?? "—")
}

/** ISO time → the day in Vietnam, "05/03/2026". */
export function formatDate(value: string | null | undefined): string {
  const parsed = parse(value)
  return parsed ? date.format(parsed) : (value ?? "—")
}

/** Bytes → "1,2 MB". */
export function formatBytes(size: number | null | undefined): string {
  if (size === null || size === undefined || !Number.isFinite(size)) return "—"
  if (size < 1024) return `${size} B`
  if (size < 1024 * 1024) return `${number.format(size / 1024)} KB`
  return `${number.format(size / (1024 * 1024))} MB`
}
