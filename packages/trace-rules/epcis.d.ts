import type { EpcisEvent, TraceStep } from "./index.js"

export type { EpcisEvent }

export declare const EPCIS_CONTEXT_URL: "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
export declare const EPCIS_CONTEXT: readonly [
  "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
  { readonly choso: "https://choso.vn/ns/epcis#" },
]

export interface EpcisProblem {
  /** JSON pointer into the document or event ("" for its root), e.g. "/epcisBody/eventList/0/bizStep". */
  path: string
  message: string
}
export type EpcisValidation = { valid: true } | { valid: false; errors: EpcisProblem[] }
export declare function validateEpcisDocument(doc: unknown): EpcisValidation
export declare function validateEpcisEvent(event: unknown): EpcisValidation

export interface EPCISDocument {
  "@context": unknown
  type: "EPCISDocument"
  schemaVersion: string
  creationDate: string
  epcisBody: { eventList: EpcisEvent[] }
  [key: string]: unknown
}
export declare function epcisDocument(events: readonly EpcisEvent[], options: { creationDate: string }): EPCISDocument

export declare function newEventId(): string

export interface TraceEventInput {
  step: TraceStep
  lot: { epcClass: string }
  /** ISO 8601 */
  eventTime: string
  quantity?: { value: number; uom?: string }
  /** processing: what went in (other lots or raw material) */
  inputs?: { epcClass: string; quantity?: number; uom?: string }[]
  readPoint?: string
  bizLocation?: string
  placeName?: string
  note?: string
  /** The digest is of the photo at `url`; `thumbnail_url` is a small copy for timelines. */
  photos?: { url: string; sha256: string; mime_type: string; thumbnail_url?: string }[]
  eventId?: string
}
export declare function buildTraceEvent(input: TraceEventInput): EpcisEvent

export type ErrorReason = "incorrect_data" | "did_not_occur"
export declare function errorDeclarationOf(
  event: EpcisEvent,
  declaration: { declarationTime: string; reason: ErrorReason; correctiveEventIDs?: string[] }
): EpcisEvent

export declare function epcClassesOf(event: unknown): string[]
