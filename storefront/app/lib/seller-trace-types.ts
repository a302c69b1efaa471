/**
 * The seller channel's view of plugins/traceability's `/vendor/trace/*` answers (API.md,
 * "Seller channel"). Titles may come as plain strings or as `{ vi, en }`.
 */
import type { LABEL_SIZES, LOT_UNITS, TRACE_STEPS } from "@choso/trace-rules"
import type { ChainDTO, TraceEventDTO } from "./trace-types"

// One contract for a lot's events and chain, whoever reads them (shopper or seller).
export type { ChainDTO, TraceEventDTO }

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
