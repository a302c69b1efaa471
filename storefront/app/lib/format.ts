import type { Lang } from "./i18n"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** Integer đồng → "150.000 ₫" (with a no-break space before ₫), the same in both languages. */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) {
    return "—"
  }
  return vnd.format(Math.round(amount))
}

export function formatDate(lang: Lang, value: string | Date | null | undefined): string {
  if (!value) {
    return ""
  }
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(date)
}

/** "★★★★" for 4 stars (OCOP is rated 3–5 stars). */
export function starString(stars: number): string {
  return "★".repeat(Math.max(0, Math.min(5, Math.round(stars))))
}
