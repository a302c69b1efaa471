/**
 * Trace pages and exports may be cached briefly (a weak connection re-opening a scanned label),
 * never long: a tampered chain must show within a minute (API.md: no cache may hide a break).
 */
export const TRACE_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=30"
