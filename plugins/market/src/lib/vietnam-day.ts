const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** Midnight of `now`'s day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as an instant. */
export function startOfVietnamDay(now = new Date()): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  local.setUTCHours(0, 0, 0, 0)
  return new Date(local.getTime() - VIETNAM_OFFSET_MS)
}

/** SePay's "2023-03-25 14:02:37" is Vietnam time. */
export function parseVietnamDateTime(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match.map(Number)
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - VIETNAM_OFFSET_MS
  return Number.isNaN(utc) ? null : new Date(utc)
}
