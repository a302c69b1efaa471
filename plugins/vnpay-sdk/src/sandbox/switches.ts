import type { RefundOutcome, ResolvedSwitches } from "./types.js"

export const DEFAULT_SWITCHES: ResolvedSwitches = { refund: "settle", apiDelayMs: 0 }

export const REFUND_OUTCOMES: readonly RefundOutcome[] = ["settle", "processing", "reject"]

/** Longest accepted apiDelayMs: 10 minutes, far beyond any client timeout. */
export const MAX_API_DELAY_MS = 600_000

export function isRefundOutcome(value: unknown): value is RefundOutcome {
  return typeof value === "string" && (REFUND_OUTCOMES as readonly string[]).includes(value)
}

/**
 * Applies the switches present in `patch` over `base`. Unlike IPN options (where an invalid value
 * is ignored), an invalid switch is an error: a test that asked for a refund rejection must not
 * silently get a settled refund.
 */
export function mergeSwitches(
  base: ResolvedSwitches,
  patch: { refund?: unknown; apiDelayMs?: unknown }
): { ok: true; switches: ResolvedSwitches } | { ok: false; error: string } {
  const next = { ...base }
  if (patch.refund !== undefined) {
    if (!isRefundOutcome(patch.refund))
      return { ok: false, error: `refund must be one of ${REFUND_OUTCOMES.join(", ")}` }
    next.refund = patch.refund
  }
  if (patch.apiDelayMs !== undefined) {
    const ms = patch.apiDelayMs
    if (typeof ms !== "number" || !Number.isInteger(ms) || ms < 0 || ms > MAX_API_DELAY_MS) {
      return { ok: false, error: `apiDelayMs must be a whole number of ms, 0-${MAX_API_DELAY_MS}` }
    }
    next.apiDelayMs = ms
  }
  return { ok: true, switches: next }
}
