/** VNPay dates are `yyyyMMddHHmmss` in GMT+7 (Vietnam has no daylight saving time). */
const OFFSET_MS = 7 * 60 * 60 * 1000

export function formatVnpDate(date: Date): string {
  const d = new Date(date.getTime() + OFFSET_MS)
  const pad = (n: number) => String(n).padStart(2, "0")
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  )
}

/** Parses `yyyyMMddHHmmss` (GMT+7); returns null for anything else, including impossible dates. */
export function parseVnpDate(value: string | null | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value ?? "")
  if (!m) {
    return null
  }
  const [, y, mo, d, h, mi, s] = m.map(Number)
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS
  const date = new Date(utc)
  return formatVnpDate(date) === value ? date : null
}
