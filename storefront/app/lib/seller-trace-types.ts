/**
 * The seller channel's view of plugins/traceability's `/vendor/trace/*` answers (API.md,
 * "Seller channel"). Titles may come as plain strings or as `{ vi, en }`.
 */
import type { LABEL_SIZES, LOT_UNITS, TRACE_STEPS } from "@choso/trace-rules"

export type TraceStep = (typeof TRACE_STEPS)[number]
export type LotUnit = (typeof LOT_UNITS)[number]
export type LabelSize = keyof typeof LABEL_SIZES

export type TextDTO = string | { vi?: string | null; en?: string | null } | null | undefined

export interface LotSummaryDTO {
  id: string
  code: string
  gtin: string | null
  gtin_illustrative: boolean
  short_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  origin: { province_code: string | null; ward_code: string | null; place: string | null }
  product: { id: string; title: TextDTO; handle: string; thumbnail: string | null }
  variant: { id: string; title: TextDTO }
  event_count: number
  last_event: { step: string; event_time: string } | null
  paths: { digital_link: string | null; short: string }
  /** Not in the vendor list's contract; shown when the backend adds it. */
  chain?: ChainDTO
}

export interface TraceEventDTO {
  id: string
  seq: number
  event_id: string
  step: string | null
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
  photos: { url: string; sha256: string }[]
  note: string | null
  source: "app" | "capture" | "seed" | "correction"
  recorded_at: string
  hash: string
  prev_hash: string
  error_declaration: { reason: string; declaration_time: string; corrective_event_ids: string[] } | null
  corrected: boolean
}

export interface ChainDTO {
  status: "intact" | "broken" | "empty"
  count: number
  head_hash: string | null
  key_id: string | null
  signed_at_seq: number | null
  broken: { seq: number; event_id: string; reason: string } | null
  published: { day: string; seq: number } | null
}

export interface LotDetailAnswer {
  lot: LotSummaryDTO
  events: TraceEventDTO[]
  chain: ChainDTO
}

export interface TraceVariantDTO {
  id: string
  title: TextDTO
  product: { id: string; title: TextDTO; thumbnail: string | null }
}

export interface LotInput {
  variant_id: string
  code: string
  gtin?: string
  produced_on: string
  expires_on?: string
  quantity: number
  unit: string
  origin_ward_code: string
  origin_place: string
}

export interface CaptureError {
  path: string
  message: string
}

export type CaptureResult =
  | { ok: true; captured: number; lots: { id: string; code: string; added: number }[] }
  | { ok: false; message: string; errors: CaptureError[] }
