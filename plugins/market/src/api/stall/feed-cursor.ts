import type { StallRequest } from "./device-auth"

/** Where a screen's feed resumes: the SSE Last-Event-ID header, or `?after=` (polling). */
export function afterSeq(req: StallRequest): number {
  const raw = req.get("last-event-id") ?? (typeof req.query.after === "string" ? req.query.after : "0")
  const seq = Number(raw)
  return Number.isSafeInteger(seq) && seq > 0 ? seq : 0
}
