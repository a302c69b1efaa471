const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar day written "YYYY-MM-DD". */
export function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) at `at`. */
export function vietnamDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86400_000).toISOString().slice(0, 10)
}
