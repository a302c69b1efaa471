/**
 * The traceability plugin's shopper contract (plugins/traceability/API.md, `/store/trace/*`) as
 * the storefront reads it, and the view models the trace page and the order page send to the
 * browser. Days are Vietnam calendar days, "YYYY-MM-DD"; times are ISO strings.
 */
import type { TraceStep } from "@choso/trace-rules"
import type { ImageVM } from "./types"

export type { TraceStep }

export type ChainReason = "seq" | "lot" | "event_id" | "prev_hash" | "hash" | "head" | "signature" | "digest"

export interface ChainDTO {
  status: "intact" | "broken" | "empty"
  count: number
  head_hash: string | null
  key_id: string | null
  signed_at_seq: number | null
  broken: { seq: number | null; event_id: string | null; reason: ChainReason } | null
  published: { day: string; seq: number } | null
}

export interface TraceEventDTO {
  id: string
  seq: number
  event_id: string
  step: TraceStep | null
  type: string
  event_time: string
  place_name: string | null
  read_point: string | null
  biz_location: string | null
  quantity: { value: number; uom: string | null } | null
  inputs: {
    epc_class: string
    quantity: number | null
    uom: string | null
    lot: { id: string; code: string; path: string } | null
  }[]
  /** `thumbnail_url`: a small square copy for timelines (null for photos stored before there were any). */
  photos: { url: string; sha256: string; thumbnail_url?: string | null }[]
  note: string | null
  source: string
  recorded_at: string
  hash: string
  prev_hash: string
  error_declaration: { reason: string; declaration_time: string; corrective_event_ids: string[] } | null
  corrected: boolean
}

export interface TraceViewDTO {
  lot: {
    id: string
    code: string
    gtin: string | null
    gtin_illustrative: boolean
    short_code: string
    produced_on: string
    expires_on: string | null
    quantity: number
    unit: string
    origin: { province_code: string; province_name: string; ward_code: string; ward_name: string; place: string }
    paths: { digital_link: string | null; short: string }
  }
  product: {
    id: string
    title: string | null
    handle: string | null
    thumbnail: string | null
    variant_title: string | null
    brand: string | null
  }
  producer: {
    id: string
    name: string
    handle: string
    kind: string | null
    address: { line: string | null; ward_name: string | null; province_name: string | null }
    phone: string | null
  } | null
  events: TraceEventDTO[]
  chain: ChainDTO
}

export interface OrderLotsDTO {
  lines: { line_item_id: string; lots: { id: string; code: string; quantity: number; path: string }[] }[]
}

/** Where a label's URL points: a GS1 Digital Link (GTIN + lot) or the short code. */
export type TraceKey = { kind: "gtin"; gtin: string; lot: string } | { kind: "code"; code: string }

export type ShelfLife =
  | { kind: "none" }
  | { kind: "left"; days: number; totalDays: number | null }
  | { kind: "today"; totalDays: number | null }
  | { kind: "expired"; daysAgo: number; totalDays: number | null }

export interface TraceEventVM {
  id: string
  seq: number
  step: TraceStep | null
  time: string
  place: string | null
  quantity: number | null
  /** The event's own unit (a harvest weighed in kg for a lot sold by the bottle); null: the lot's. */
  unit: string | null
  /** `thumbnail`: what the timeline shows (the photo itself when it has no thumbnail). */
  photos: { url: string; thumbnail: string }[]
  note: string | null
  /** A later entry declared this event wrong. */
  corrected: { reason: "incorrect_data" | "did_not_occur" | "other"; at: string } | null
  /** This event replaces a corrected one (shown right after it). */
  corrective: boolean
}

export type ChainVM =
  | { status: "intact"; count: number; headHash: string; keyId: string | null; publishedDay: string | null }
  | { status: "empty" }
  | {
      status: "broken"
      reason: ChainReason
      seq: number | null
      /** The event where the chain breaks, when it is one of the page's events. */
      at: { step: TraceStep | null; time: string } | null
    }

export interface TracePageVM {
  product: {
    title: string
    variantTitle: string | null
    handle: string | null
    brand: string | null
    image: ImageVM | null
  }
  producer: {
    name: string
    handle: string
    kind: string | null
    address: string | null
    phone: string | null
  } | null
  lot: {
    code: string
    gtin: string | null
    gtinIllustrative: boolean
    shortCode: string
    producedOn: string
    expiresOn: string | null
    quantity: number
    unit: string
    origin: { place: string; ward: string; province: string }
    /** The label's canonical address on this site, and its EPCIS export. */
    path: string
    epcisPath: string
  }
  shelfLife: ShelfLife
  events: TraceEventVM[]
  chain: ChainVM
}

export interface OrderLineLotVM {
  code: string
  quantity: number
  path: string
}
