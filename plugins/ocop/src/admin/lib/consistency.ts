import { starsForScore } from "@choso/ocop-rules"
import { formatScore } from "./format"
import { TEXT } from "./labels"

export interface Consistency {
  /** The stars the score's band gives, or null below 50 (or outside 0–100). */
  band: 3 | 4 | 5 | null
  ok: boolean
  message: string
}

/**
 * The score's band against the stars on the certificate. The backend already refuses a
 * certificate whose stars and score disagree; the reviewer sees the band anyway.
 */
export function consistencyOf(certificate: { score: number; stars: number }): Consistency {
  const band = starsForScore(certificate.score)
  const score = formatScore(certificate.score)
  const C = TEXT.consistency
  if (band === null) return { band, ok: false, message: C.outside(score) }
  if (band !== certificate.stars) return { band, ok: false, message: C.mismatch(score, band, certificate.stars) }
  return { band, ok: true, message: C.match(score, band) }
}
