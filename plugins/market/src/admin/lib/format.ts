const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

const dong = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

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

/** Whole đồng → "200.000 đ" (the amount may come as a numeric string from the database). */
export function formatVnd(value: number | string | null | undefined): string {
  const amount = typeof value === "string" ? Number(value) : value
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—"
  return `${dong.format(amount)} đ`
}

/** A raw webhook payload, indented for reading. */
export function formatJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? "—"
  } catch {
    return String(value)
  }
}
