/** The EPCIS capture page's pure parts: reading the pasted or uploaded document and the example to copy. */
import { lotEpcClass } from "@choso/trace-rules"

export const CAPTURE_MAX_BYTES = 2 * 1024 * 1024

export type CaptureInput =
  | { ok: true; text: string }
  | { ok: false; reason: "empty" | "too_big" | "not_json" | "not_document"; detail?: string }

/** The document as text, checked only for what makes sending it pointless (the schema is the backend's). */
export function readCaptureInput(pasted: string, uploaded: string | null): CaptureInput {
  const text = (uploaded ?? "").trim() || pasted.trim()
  if (!text) return { ok: false, reason: "empty" }
  if (new TextEncoder().encode(text).length > CAPTURE_MAX_BYTES) return { ok: false, reason: "too_big" }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: "not_json", detail: error instanceof Error ? error.message : String(error) }
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, reason: "not_document" }
  return { ok: true, text }
}

export interface ExampleLot {
  gtin: string | null
  code: string
  short_code: string
}

/** A one-event EPCIS 2.0 document about `lot` (packing observed now), to copy and adapt. */
export function exampleDocument(lot: ExampleLot | null, now: string, eventId: string): string {
  const epcClass = lot ? lotEpcClass(lot) : "https://choso.vn/t/ABCDEFG"
  const document = {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: now,
    epcisBody: {
      eventList: [
        {
          type: "ObjectEvent",
          eventID: eventId,
          eventTime: now,
          eventTimeZoneOffset: "+07:00",
          action: "OBSERVE",
          bizStep: "packing",
          disposition: "in_progress",
          quantityList: [{ epcClass, quantity: 10, uom: "KGM" }],
        },
      ],
    },
  }
  return JSON.stringify(document, null, 2)
}
