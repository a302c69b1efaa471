import { digitalLinkPath, isRestrictedCirculation, shortTracePath, stepOfEvent } from "@choso/trace-rules"
import type { EntryRow } from "../modules/trace/service"
import type { EventPhoto } from "./event-input"
import { type LotRef, lotRefOf, refKey } from "./lot-classes"

type Json = Record<string, unknown>

/** The stored photos an event names (`choso:photos`), in the builder's shape. */
export function eventPhotos(event: Json): EventPhoto[] {
  const photos =
    (event["choso:photos"] as { url: string; sha256: string; mimeType: string; thumbnailUrl?: string }[] | undefined) ??
    []
  return photos.map((p) => ({
    url: p.url,
    sha256: p.sha256,
    mime_type: p.mimeType,
    ...(p.thumbnailUrl ? { thumbnail_url: p.thumbnailUrl } : {}),
  }))
}

export interface LotRow {
  id: string
  seller_id: string
  variant_id: string
  product_id: string
  code: string
  gtin: string | null
  short_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  origin_province_code: string
  origin_ward_code: string
  origin_place: string
  head_seq: number
  head_hash: string | null
  head_signature: string | null
  head_key_id: string | null
  created_at?: Date
}

export interface VariantBrief {
  id: string
  title: string | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
}

export interface LotPaths {
  digital_link: string | null
  short: string
}

export function lotPaths(lot: Pick<LotRow, "gtin" | "code" | "short_code" | "expires_on">): LotPaths {
  return {
    digital_link: lot.gtin ? digitalLinkPath(lot.gtin, lot.code, lot.expires_on ?? undefined) : null,
    short: shortTracePath(lot.short_code),
  }
}

export function lotSummary(
  lot: LotRow,
  variant: VariantBrief | null,
  last: { step: string | null; event_time: Date } | null
) {
  return {
    id: lot.id,
    code: lot.code,
    gtin: lot.gtin,
    gtin_illustrative: lot.gtin ? isRestrictedCirculation(lot.gtin) : false,
    short_code: lot.short_code,
    produced_on: lot.produced_on,
    expires_on: lot.expires_on,
    quantity: Number(lot.quantity),
    unit: lot.unit,
    origin: { province_code: lot.origin_province_code, ward_code: lot.origin_ward_code, place: lot.origin_place },
    product: variant?.product
      ? {
          id: variant.product.id,
          title: variant.product.title,
          handle: variant.product.handle,
          thumbnail: variant.product.thumbnail ?? null,
        }
      : { id: lot.product_id, title: null, handle: null, thumbnail: null },
    variant: { id: lot.variant_id, title: variant?.title ?? null },
    event_count: Number(lot.head_seq),
    last_event: last ? { step: last.step, event_time: new Date(last.event_time).toISOString() } : null,
    paths: lotPaths(lot),
  }
}
export type LotSummary = ReturnType<typeof lotSummary>

interface QuantityElement {
  epcClass?: string
  quantity?: number
  uom?: string
}

function first<T>(value: unknown): T | null {
  return Array.isArray(value) && value.length ? (value[0] as T) : null
}

const bare = (value: unknown) => (typeof value === "string" ? value.replace(/^.*[#/:]/, "") : null)

/** The input lots a processing step names, keyed by refKey. */
export type InputLots = Map<string, { id: string; code: string; path: string }>

/** Every EPC class the events list as inputs (to look their lots up in one query). */
export function inputRefs(rows: EntryRow[]): LotRef[] {
  const refs: LotRef[] = []
  for (const row of rows) {
    const event = row.event as Json
    const classes = [
      ...((event.inputQuantityList as QuantityElement[] | undefined) ?? []).map((q) => q.epcClass),
      ...((event.inputEPCList as string[] | undefined) ?? []),
    ]
    for (const c of classes) {
      const ref = typeof c === "string" ? lotRefOf(c) : null
      if (ref) refs.push(ref)
    }
  }
  return refs
}

/** A stored entry as the pages show it; `corrected` when a later entry declared its eventID an error. */
export function traceEventView(row: EntryRow, corrected: Set<string>, inputLots: InputLots) {
  const event = row.event as Json
  const own = first<QuantityElement>(event.quantityList) ?? first<QuantityElement>(event.outputQuantityList) ?? null
  const inputs = [
    ...((event.inputQuantityList as QuantityElement[] | undefined) ?? []),
    ...((event.inputEPCList as string[] | undefined) ?? []).map((epcClass) => ({ epcClass }) as QuantityElement),
  ].map((q) => {
    const ref = q.epcClass ? lotRefOf(q.epcClass) : null
    return {
      epc_class: q.epcClass ?? null,
      quantity: q.quantity ?? null,
      uom: q.uom ?? null,
      lot: ref ? (inputLots.get(refKey(ref)) ?? null) : null,
    }
  })
  const declaration = event.errorDeclaration as
    | { reason?: string; declarationTime?: string; correctiveEventIDs?: string[] }
    | undefined
  return {
    id: row.id,
    seq: Number(row.seq),
    event_id: row.event_id,
    step: stepOfEvent(row.event),
    type: String(event.type),
    event_time: String(event.eventTime),
    place_name: (event["choso:placeName"] as string | undefined) ?? null,
    read_point: ((event.readPoint as Json | undefined)?.id as string | undefined) ?? null,
    biz_location: ((event.bizLocation as Json | undefined)?.id as string | undefined) ?? null,
    quantity: own && typeof own.quantity === "number" ? { value: own.quantity, uom: own.uom ?? null } : null,
    inputs,
    photos: eventPhotos(event).map((p) => ({ url: p.url, sha256: p.sha256, thumbnail_url: p.thumbnail_url ?? null })),
    note: (event["choso:note"] as string | undefined) ?? null,
    source: row.source,
    recorded_at: new Date(row.recorded_at).toISOString(),
    hash: row.hash,
    prev_hash: row.prev_hash,
    error_declaration: declaration
      ? {
          reason: bare(declaration.reason),
          declaration_time: declaration.declarationTime ?? null,
          corrective_event_ids: declaration.correctiveEventIDs ?? [],
        }
      : null,
    corrected: !declaration && corrected.has(row.event_id),
  }
}
export type TraceEventView = ReturnType<typeof traceEventView>

/** The eventIDs some entry declared an error. */
export function correctedIds(rows: EntryRow[]): Set<string> {
  return new Set(rows.filter((r) => (r.event as Json).errorDeclaration).map((r) => r.event_id))
}
