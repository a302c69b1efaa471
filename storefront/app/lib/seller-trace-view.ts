/** What the lot pages show of the API's answers, and the i18n keys of steps, units and chain states. */
import { LOT_UNITS, TRACE_STEPS, unitOfUom } from "@choso/trace-rules"
import type { Lang, MessageKey } from "./i18n"
import { webUrl } from "./ocop"
import type { CorrectionReason } from "./seller-trace-form"
import type { ChainDTO, LotSummaryDTO, LotUnit, TextDTO, TraceEventDTO, TraceStep } from "./seller-trace-types"

export const STEP_KEYS: Record<TraceStep, MessageKey> = {
  harvest: "sellerTrace.step.harvest",
  processing: "sellerTrace.step.processing",
  packing: "sellerTrace.step.packing",
  inspecting: "sellerTrace.step.inspecting",
  storing: "sellerTrace.step.storing",
  shipping: "sellerTrace.step.shipping",
  receiving: "sellerTrace.step.receiving",
}

/** One set of unit words for the seller channel and the trace page (trace.unit.*). */
export const UNIT_KEYS: Record<LotUnit, MessageKey> = {
  kg: "trace.unit.kg",
  g: "trace.unit.g",
  l: "trace.unit.l",
  ml: "trace.unit.ml",
  chai: "trace.unit.chai",
  hop: "trace.unit.hop",
  goi: "trace.unit.goi",
  cai: "trace.unit.cai",
  con: "trace.unit.con",
  bo: "trace.unit.bo",
}

export const REASON_KEYS: Record<CorrectionReason, MessageKey> = {
  incorrect_data: "sellerTrace.correct.incorrect_data",
  did_not_occur: "sellerTrace.correct.did_not_occur",
}

export const CHAIN_KEYS: Record<ChainDTO["status"], MessageKey> = {
  intact: "sellerTrace.chain.intact",
  broken: "sellerTrace.chain.broken",
  empty: "sellerTrace.chain.empty",
}

export function stepKey(step: string | null): MessageKey {
  return step && Object.hasOwn(STEP_KEYS, step) ? STEP_KEYS[step as TraceStep] : "sellerTrace.step.other"
}

export function unitKey(unit: string): MessageKey | null {
  return (LOT_UNITS as readonly string[]).includes(unit) ? UNIT_KEYS[unit as LotUnit] : null
}

/** The title in the page's language, whether the API sent a string or `{ vi, en }`. */
export function textOf(value: TextDTO, lang: Lang): string {
  if (typeof value === "string") return value
  return (lang === "en" ? value?.en || value?.vi : value?.vi || value?.en) || ""
}

/** The step that usually comes after the last one recorded (harvest for an empty lot, none after receiving). */
export function nextStep(last: string | null): TraceStep | null {
  if (!last) return "harvest"
  const index = (TRACE_STEPS as readonly string[]).indexOf(last)
  return index < 0 ? null : (TRACE_STEPS[index + 1] ?? null)
}

export interface LotRowVM {
  id: string
  code: string
  product: string
  variant: string
  thumbnail: string | null
  producedOn: string
  expiresOn: string | null
  eventCount: number
  lastStep: string | null
  lastAt: string | null
  chain: ChainDTO["status"] | null
}

export function toLotRow(lot: LotSummaryDTO, lang: Lang): LotRowVM {
  return {
    id: lot.id,
    code: lot.code,
    product: textOf(lot.product?.title, lang) || lot.product?.handle || "",
    variant: textOf(lot.variant?.title, lang),
    thumbnail: lot.product?.thumbnail ?? null,
    producedOn: lot.produced_on,
    expiresOn: lot.expires_on,
    eventCount: lot.event_count,
    lastStep: lot.last_event?.step ?? null,
    lastAt: lot.last_event?.event_time ?? null,
    chain: lot.chain?.status ?? null,
  }
}

export interface EventVM {
  id: string
  seq: number
  step: string | null
  time: string
  place: string | null
  quantity: string | null
  note: string | null
  photos: { url: string; thumbnail: string }[]
  inputs: { code: string; path: string | null }[]
  source: TraceEventDTO["source"]
  declaration: { reason: string } | null
  corrected: boolean
  hash: string
}

/** "12 kg" from the event's quantity (UN/CEFACT units as the unit's short name). */
export function toEventVM(event: TraceEventDTO, photoBase: string): EventVM {
  const quantity = event.quantity
    ? `${event.quantity.value}${event.quantity.uom ? ` ${unitOfUom(event.quantity.uom) ?? event.quantity.uom}` : ""}`
    : null
  return {
    id: event.id,
    seq: event.seq,
    step: event.step,
    time: event.event_time,
    place: event.place_name,
    quantity,
    note: event.note,
    photos: (event.photos ?? []).flatMap((photo) => {
      const url = webUrl(photo.url, photoBase)
      return url ? [{ url, thumbnail: webUrl(photo.thumbnail_url, photoBase) ?? url }] : []
    }),
    inputs: (event.inputs ?? []).map((input) => ({
      code: input.lot?.code ?? input.epc_class,
      path: input.lot?.path ?? null,
    })),
    source: event.source,
    declaration: event.error_declaration ? { reason: event.error_declaration.reason } : null,
    corrected: event.corrected,
    hash: event.hash,
  }
}

export interface LotFactsVM {
  code: string
  product: string
  variant: string
  gtin: string | null
  gtinIllustrative: boolean
  producedOn: string
  expiresOn: string | null
  quantity: number
  unit: string
  place: string | null
}

export function toLotFacts(lot: LotSummaryDTO, lang: Lang): LotFactsVM {
  return {
    code: lot.code,
    product: textOf(lot.product?.title, lang) || lot.product?.handle || "",
    variant: textOf(lot.variant?.title, lang),
    gtin: lot.gtin,
    gtinIllustrative: lot.gtin_illustrative,
    producedOn: lot.produced_on,
    expiresOn: lot.expires_on,
    quantity: lot.quantity,
    unit: lot.unit,
    place: lot.origin?.place ?? null,
  }
}

/** The public trace page of the lot: its Digital Link when it has a GTIN, else the short link. */
export function publicTracePath(lot: LotSummaryDTO): string {
  return lot.paths.digital_link ?? lot.paths.short
}
