const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** ISO time → Vietnam's time (GMT+7), whatever the operator's computer is set to. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—"
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? value : dateTime.format(parsed)
}

/** A Vietnam calendar day "2027-03-14" → "14/03/2027" (a day, not a time: no time zone). */
export function formatDay(value: string | null | undefined): string {
  if (!value) return "—"
  const match = DAY.exec(value)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value
}

/** A score out of 100 → "85,5". */
export function formatScore(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? decimal.format(value) : "—"
}

/** Bytes → "1,2 MB". */
export function formatSize(bytes: number | null | undefined): string {
  if (typeof bytes !== "number" || !Number.isFinite(bytes) || bytes < 0) return "—"
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} KB`
  return `${decimal.format(bytes / (1024 * 1024))} MB`
}
