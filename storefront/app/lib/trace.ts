/**
 * The public trace page and the order page's lot links, pure code shared by loaders, pages and
 * tests: reading a label's URL, the shelf life in Vietnam days, the timeline with its corrections,
 * and the chain status in words.
 */
import { daysBetween } from "@choso/ocop-rules"
import {
  digitalLinkPath,
  isValidGtin,
  isValidLotCode,
  LOT_UNITS,
  SHORT_CODE_PATTERN,
  shortTracePath,
  TRACE_STEPS,
  toGtin14,
  unitOfUom,
} from "@choso/trace-rules"
import { formatDate } from "./format"
import type { Lang, MessageKey, Translate } from "./i18n"
import { webUrl } from "./ocop"
import type {
  ChainDTO,
  ChainReason,
  ChainVM,
  OrderLineLotVM,
  OrderLotsDTO,
  ShelfLife,
  TraceEventDTO,
  TraceEventVM,
  TraceKey,
  TracePageVM,
  TraceStep,
  TraceViewDTO,
} from "./trace-types"
import type { ImageVM } from "./types"

/**
 * The lot a label's URL names, or null when it cannot name one (a GTIN with a wrong check
 * digit, a lot code or short code outside their patterns): such a URL is a 404 without asking
 * the backend. `serial` (`/21/…`) and `?17=` do not change the lot.
 */
export function traceKeyOf(params: { gtin?: string; lot?: string; code?: string }): TraceKey | null {
  if (params.code !== undefined) {
    const code = params.code.toUpperCase()
    return SHORT_CODE_PATTERN.test(code) ? { kind: "code", code } : null
  }
  if (params.gtin === undefined || params.lot === undefined) {
    return null
  }
  if (!/^\d{8,14}$/.test(params.gtin) || !isValidGtin(params.gtin) || !isValidLotCode(params.lot)) {
    return null
  }
  return { kind: "gtin", gtin: toGtin14(params.gtin), lot: params.lot }
}

/** The page's own address for a lot: the Digital Link (GTIN-14) or the short link. */
export function tracePathOf(key: TraceKey): string {
  return key.kind === "gtin" ? digitalLinkPath(key.gtin, key.lot) : shortTracePath(key.code)
}

export function epcisPathOf(key: TraceKey): string {
  return `${tracePathOf(key)}/epcis.json`
}

/** The export's file name: the lot it holds, readable in a downloads folder. */
export function epcisFileName(key: TraceKey): string {
  const name = key.kind === "gtin" ? `${key.gtin}-${key.lot}` : key.code
  return `truy-xuat-${name.replace(/[^A-Za-z0-9._-]/g, "_")}.epcis.json`
}

/** How long the lot keeps, counted in Vietnam calendar days from `today`. */
export function shelfLifeOf(producedOn: string, expiresOn: string | null, today: string): ShelfLife {
  if (!expiresOn) {
    return { kind: "none" }
  }
  const total = daysBetween(producedOn, expiresOn)
  const totalDays = Number.isFinite(total) && total > 0 ? total : null
  const left = daysBetween(today, expiresOn)
  if (left > 0) {
    return { kind: "left", days: left, totalDays }
  }
  if (left === 0) {
    return { kind: "today", totalDays }
  }
  return { kind: "expired", daysAgo: -left, totalDays }
}

export function shelfLifeText(t: Translate, shelfLife: ShelfLife): string {
  switch (shelfLife.kind) {
    case "none":
      return t("trace.shelf.none")
    case "left":
      return t("trace.shelf.left", { days: shelfLife.days })
    case "today":
      return t("trace.shelf.today")
    case "expired":
      return t("trace.shelf.expired", { days: shelfLife.daysAgo })
  }
}

const STEP_KEYS: Record<TraceStep, MessageKey> = {
  harvest: "trace.step.harvest",
  processing: "trace.step.processing",
  packing: "trace.step.packing",
  inspecting: "trace.step.inspecting",
  storing: "trace.step.storing",
  shipping: "trace.step.shipping",
  receiving: "trace.step.receiving",
}

export function isTraceStep(value: unknown): value is TraceStep {
  return typeof value === "string" && (TRACE_STEPS as readonly string[]).includes(value)
}

/** A step's name; an event the contract's steps do not name is "Sự kiện" (an EPCIS capture). */
export function stepKey(step: TraceStep | null): MessageKey {
  return step ? STEP_KEYS[step] : "trace.step.other"
}

export function unitKey(unit: string): MessageKey | null {
  return (LOT_UNITS as readonly string[]).includes(unit) ? (`trace.unit.${unit}` as MessageKey) : null
}

/** "120 kg", "500 chai": the lot's unit, translated when it is one of the contract's. */
export function quantityText(t: Translate, lang: Lang, value: number, unit: string): string {
  const key = unitKey(unit)
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "vi-VN").format(value)
  return `${number} ${key ? t(key) : unit}`
}

const CHAIN_REASONS: Record<ChainReason, MessageKey> = {
  seq: "trace.chain.reason.seq",
  lot: "trace.chain.reason.lot",
  event_id: "trace.chain.reason.event_id",
  prev_hash: "trace.chain.reason.prev_hash",
  hash: "trace.chain.reason.hash",
  head: "trace.chain.reason.head",
  signature: "trace.chain.reason.signature",
  digest: "trace.chain.reason.digest",
}

function isChainReason(value: unknown): value is ChainReason {
  return typeof value === "string" && Object.hasOwn(CHAIN_REASONS, value)
}

/** Why a chain breaks, in words (an unknown reason reads as altered content). */
export function chainReasonKey(reason: unknown): MessageKey {
  return CHAIN_REASONS[isChainReason(reason) ? reason : "hash"]
}

/** "a1b2c3d4e5f6…" — enough of a SHA-256 to compare by eye with the export. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash
}

/** The chain as the page states it; a status the page does not know is read as broken. */
export function toChainVM(chain: ChainDTO, events: TraceEventDTO[]): ChainVM {
  if (chain.status === "intact" && chain.head_hash) {
    return {
      status: "intact",
      count: chain.count,
      headHash: chain.head_hash,
      keyId: chain.key_id,
      publishedDay: chain.published?.day ?? null,
    }
  }
  if (chain.status === "empty" && events.length === 0) {
    return { status: "empty" }
  }
  const seq = typeof chain.broken?.seq === "number" ? chain.broken.seq : null
  const event = seq === null ? undefined : events.find((e) => e.seq === seq)
  return {
    status: "broken",
    reason: isChainReason(chain.broken?.reason) ? chain.broken.reason : "hash",
    seq,
    at: event ? { step: isTraceStep(event.step) ? event.step : null, time: event.event_time } : null,
  }
}

/** The status line: "Dữ liệu toàn vẹn" or the warning's headline. */
export function chainTitle(t: Translate, chain: ChainVM): string {
  switch (chain.status) {
    case "intact":
      return t("trace.chain.intact")
    case "empty":
      return t("trace.chain.empty")
    case "broken":
      return t("trace.chain.broken")
  }
}

/** The sentence under the status: what was checked, or where and why the chain breaks. */
export function chainDetail(t: Translate, lang: Lang, chain: ChainVM): string {
  switch (chain.status) {
    case "intact":
      return t("trace.chain.intact_detail", { count: chain.count })
    case "empty":
      return t("trace.chain.empty_detail")
    case "broken": {
      const reason = t(CHAIN_REASONS[chain.reason])
      if (chain.seq === null) {
        return t("trace.chain.broken_detail", { reason })
      }
      if (!chain.at) {
        return t("trace.chain.broken_at_seq", { seq: chain.seq, reason })
      }
      return t("trace.chain.broken_at", {
        seq: chain.seq,
        step: t(stepKey(chain.at.step)),
        time: formatDate(lang, chain.at.time),
        reason,
      })
    }
  }
}

function correctionReason(value: string): "incorrect_data" | "did_not_occur" | "other" {
  return value === "incorrect_data" || value === "did_not_occur" ? value : "other"
}

export const CORRECTION_KEYS: Record<"incorrect_data" | "did_not_occur" | "other", MessageKey> = {
  incorrect_data: "trace.event.corrected_incorrect",
  did_not_occur: "trace.event.corrected_did_not_occur",
  other: "trace.event.corrected",
}

/**
 * The timeline in record order, without the error declarations themselves: a corrected event
 * carries its declaration (struck through on the page) and is followed by the event(s) that
 * replace it, wherever those were recorded.
 */
export function toEventVMs(events: TraceEventDTO[], photoBase?: string): TraceEventVM[] {
  const ordered = [...events].sort((a, b) => a.seq - b.seq)
  const declarations = ordered.filter((e) => e.error_declaration)
  const shown = ordered.filter((e) => !e.error_declaration)
  const declarationOf = (event: TraceEventDTO) =>
    declarations.find((d) => d.event_id === event.event_id && d.seq > event.seq)
  const correctiveIds = new Set(declarations.flatMap((d) => d.error_declaration?.corrective_event_ids ?? []))

  const result: TraceEventVM[] = []
  const placed = new Set<string>()
  // An event, then (when it was declared wrong) the event(s) replacing it, wherever they were recorded.
  const place = (event: TraceEventDTO) => {
    if (placed.has(event.id)) return
    placed.add(event.id)
    const declaration = declarationOf(event)
    result.push(toEventVM(event, declaration, correctiveIds.has(event.event_id), photoBase))
    for (const id of declaration?.error_declaration?.corrective_event_ids ?? []) {
      for (const corrective of shown.filter((e) => e.event_id === id && e.seq > event.seq)) {
        place(corrective)
      }
    }
  }
  for (const event of shown) place(event)
  return result
}

function toEventVM(
  event: TraceEventDTO,
  declaration: TraceEventDTO | undefined,
  corrective: boolean,
  photoBase: string | undefined
): TraceEventVM {
  const declared = declaration?.error_declaration
  return {
    id: event.id,
    seq: event.seq,
    step: isTraceStep(event.step) ? event.step : null,
    time: event.event_time,
    place: event.place_name?.trim() || null,
    quantity: typeof event.quantity?.value === "number" ? event.quantity.value : null,
    unit: event.quantity?.uom ? (unitOfUom(event.quantity.uom) ?? event.quantity.uom) : null,
    photos: (event.photos ?? []).flatMap((photo) => {
      const url = webUrl(photo.url, photoBase)
      return url ? [{ url, thumbnail: webUrl(photo.thumbnail_url, photoBase) ?? url }] : []
    }),
    note: event.note?.trim() || null,
    corrected: declared
      ? { reason: correctionReason(declared.reason), at: declared.declaration_time }
      : event.corrected
        ? { reason: "other", at: event.recorded_at }
        : null,
    corrective,
  }
}

function joinAddress(parts: (string | null | undefined)[]): string | null {
  const text = parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(", ")
  return text || null
}

/** What the trace page shows of the backend's TraceView. */
export function toTracePage(
  view: TraceViewDTO,
  key: TraceKey,
  options: { today: string; image: ImageVM | null; photoBase?: string }
): TracePageVM {
  const { lot, product, producer } = view
  return {
    product: {
      title: product.title?.trim() || lot.code,
      variantTitle: product.variant_title?.trim() || null,
      handle: product.handle,
      brand: product.brand?.trim() || null,
      image: options.image,
    },
    producer: producer
      ? {
          name: producer.name,
          handle: producer.handle,
          kind: producer.kind,
          address: joinAddress([producer.address?.line, producer.address?.ward_name, producer.address?.province_name]),
          phone: producer.phone?.trim() || null,
        }
      : null,
    lot: {
      code: lot.code,
      gtin: lot.gtin,
      gtinIllustrative: lot.gtin_illustrative,
      shortCode: lot.short_code,
      producedOn: lot.produced_on,
      expiresOn: lot.expires_on,
      quantity: lot.quantity,
      unit: lot.unit,
      origin: { place: lot.origin.place, ward: lot.origin.ward_name, province: lot.origin.province_name },
      path: tracePathOf(key),
      epcisPath: epcisPathOf(key),
    },
    shelfLife: shelfLifeOf(lot.produced_on, lot.expires_on, options.today),
    events: toEventVMs(view.events ?? [], options.photoBase),
    chain: toChainVM(view.chain, view.events ?? []),
  }
}

const TRACE_PATH = /^\/(?:01\/\d{14}\/10\/[A-Za-z0-9._-]{1,20}|t\/[0-9A-HJKMNP-TV-Z]{7})$/

/** The order's lots by line item id; a path that is not one of this site's trace pages is left out. */
export function toOrderLineLots(answer: OrderLotsDTO): Record<string, OrderLineLotVM[]> {
  const byLine: Record<string, OrderLineLotVM[]> = {}
  for (const line of answer.lines ?? []) {
    const lots = (line.lots ?? []).flatMap((lot) => {
      const path = lot.path?.split("?")[0] ?? ""
      return TRACE_PATH.test(path) ? [{ code: lot.code, quantity: lot.quantity, path }] : []
    })
    if (lots.length > 0) {
      byLine[line.line_item_id] = lots
    }
  }
  return byLine
}
