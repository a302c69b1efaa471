/**
 * The lot and trace-step forms: reading, checking (the same rules the backend applies, from
 * @choso/trace-rules) and the Vietnam-time helpers. Pure code, used by actions and the browser.
 */
import { isValidGtin, LOT_CODE_MAX, LOT_CODE_PATTERN, LOT_UNITS, TRACE_STEPS } from "@choso/trace-rules"
import type { MessageKey } from "./i18n"
import type { LotInput, TraceEventDTO, TraceStep } from "./seller-trace-types"

export type FormErrors = Record<string, MessageKey>

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY = /^\d{4}-\d{2}-\d{2}$/
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
export const MAX_EVENT_PHOTOS = 3
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const PLACE_MAX = 200
export const NOTE_MAX = 1000

/** "YYYY-MM-DDTHH:mm" in Vietnam (UTC+7, no daylight saving): the value of a datetime-local input. */
export function vietnamLocalNow(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16)
}

export function vietnamDay(now: Date = new Date()): string {
  return vietnamLocalNow(now).slice(0, 10)
}

/** A datetime-local value read as Vietnam time → ISO with +07:00; null when it is no real time. */
export function vietnamLocalToIso(local: string): string | null {
  const match = LOCAL_TIME.exec(local.trim())
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59) return null
  return `${local.trim()}:00+07:00`
}

function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** "L" + the day as YYMMDD, then "-2", "-3"… when the seller already has that code. */
export function suggestLotCode(today: string, taken: readonly string[]): string {
  const base = `L${today.slice(2, 4)}${today.slice(5, 7)}${today.slice(8, 10)}`
  const used = new Set(taken.map((code) => code.toUpperCase()))
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** "1,5" (Vietnamese decimal comma) or "1.5" → 1.5; null when it is not a positive number. */
export function parseQuantity(value: string): number | null {
  const text = value.trim().replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d+)?$/.test(text)) return null
  const n = Number(text)
  return n > 0 && Number.isFinite(n) ? n : null
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

// ── The lot ─────────────────────────────────────────────────────────────────

export const LOT_FORM_FIELDS = [
  "variant_id",
  "code",
  "gtin",
  "produced_on",
  "expires_on",
  "quantity",
  "unit",
  "origin_province_code",
  "origin_ward_code",
  "origin_place",
] as const
export type LotField = (typeof LOT_FORM_FIELDS)[number]
export type LotFormValues = Record<LotField, string>

export function readLotForm(form: FormData): LotFormValues {
  const values = {} as LotFormValues
  for (const field of LOT_FORM_FIELDS) values[field] = text(form, field)
  values.code = values.code.toUpperCase()
  values.gtin = values.gtin.replace(/[\s-]/g, "")
  return values
}

export function checkLotForm(values: LotFormValues, today: string): FormErrors {
  const errors: FormErrors = {}
  if (!values.variant_id) errors.variant_id = "sellerTrace.error.variant_required"
  if (!values.code) errors.code = "sellerTrace.error.code_required"
  else if (values.code.length > LOT_CODE_MAX || !LOT_CODE_PATTERN.test(values.code))
    errors.code = "sellerTrace.error.code_invalid"
  if (values.gtin && !isValidGtin(values.gtin)) errors.gtin = "sellerTrace.error.gtin_invalid"
  if (!values.produced_on) errors.produced_on = "sellerTrace.error.produced_required"
  else if (!isRealDay(values.produced_on)) errors.produced_on = "sellerTrace.error.date_invalid"
  else if (values.produced_on > today) errors.produced_on = "sellerTrace.error.produced_future"
  if (values.expires_on) {
    if (!isRealDay(values.expires_on)) errors.expires_on = "sellerTrace.error.date_invalid"
    else if (isRealDay(values.produced_on) && values.expires_on < values.produced_on)
      errors.expires_on = "sellerTrace.error.expires_before"
  }
  if (!values.quantity) errors.quantity = "sellerTrace.error.quantity_required"
  else if (parseQuantity(values.quantity) === null) errors.quantity = "sellerTrace.error.quantity_invalid"
  if (!(LOT_UNITS as readonly string[]).includes(values.unit)) errors.unit = "sellerTrace.error.unit_required"
  if (!values.origin_province_code) errors.origin_province_code = "sellerTrace.error.province_required"
  if (!values.origin_ward_code) errors.origin_ward_code = "sellerTrace.error.ward_required"
  if (!values.origin_place) errors.origin_place = "sellerTrace.error.place_required"
  else if (values.origin_place.length > PLACE_MAX) errors.origin_place = "sellerTrace.error.place_too_long"
  return errors
}

export function toLotInput(values: LotFormValues): LotInput {
  return {
    variant_id: values.variant_id,
    code: values.code,
    ...(values.gtin ? { gtin: values.gtin } : {}),
    produced_on: values.produced_on,
    ...(values.expires_on ? { expires_on: values.expires_on } : {}),
    quantity: parseQuantity(values.quantity) ?? Number.NaN,
    unit: values.unit,
    origin_ward_code: values.origin_ward_code,
    origin_place: values.origin_place,
  }
}

// ── A trace step ────────────────────────────────────────────────────────────

export const EVENT_FORM_FIELDS = [
  "step",
  "event_time",
  "quantity",
  "latitude",
  "longitude",
  "place_name",
  "note",
  "input_lot_ids",
  "photos",
  "fix_reason",
  "uom",
] as const

export interface EventFormValues {
  step: string
  event_time: string
  quantity: string
  latitude: string
  longitude: string
  place_name: string
  note: string
  input_lot_ids: string[]
  /** The quantity's unit when it is not the lot's (kept when a weighed step is fixed); "" for the lot's. */
  uom: string
}

export function isTraceStep(value: unknown): value is TraceStep {
  return typeof value === "string" && (TRACE_STEPS as readonly string[]).includes(value)
}

export function readEventForm(form: FormData): EventFormValues {
  return {
    step: text(form, "step"),
    event_time: text(form, "event_time"),
    quantity: text(form, "quantity"),
    latitude: text(form, "latitude"),
    longitude: text(form, "longitude"),
    place_name: text(form, "place_name"),
    note: text(form, "note"),
    input_lot_ids: form.getAll("input_lot_ids").filter((v): v is string => typeof v === "string" && v !== ""),
    uom: text(form, "uom"),
  }
}

/** The chosen photos (empty file inputs send a 0-byte file). */
export function chosenPhotos(form: FormData): File[] {
  return form.getAll("photos").filter((v): v is File => typeof v === "object" && v !== null && v.size > 0)
}

function coordinate(value: string, limit: number): boolean {
  const n = Number(value)
  return value !== "" && Number.isFinite(n) && Math.abs(n) <= limit
}

export function checkEventForm(
  values: EventFormValues,
  photos: readonly { size: number; type: string }[],
  now: Date = new Date()
): FormErrors {
  const errors: FormErrors = {}
  if (!isTraceStep(values.step)) errors.step = "sellerTrace.error.step_required"
  const iso = values.event_time ? vietnamLocalToIso(values.event_time) : null
  if (!values.event_time) errors.event_time = "sellerTrace.error.time_required"
  else if (!iso) errors.event_time = "sellerTrace.error.time_invalid"
  // The backend's allowance for a phone clock running ahead: 5 minutes.
  else if (new Date(iso).getTime() > now.getTime() + 5 * 60 * 1000) errors.event_time = "sellerTrace.error.time_future"
  if (values.quantity && parseQuantity(values.quantity) === null) errors.quantity = "sellerTrace.error.quantity_invalid"
  if (values.latitude || values.longitude) {
    if (!coordinate(values.latitude, 90) || !coordinate(values.longitude, 180))
      errors.latitude = "sellerTrace.error.position_invalid"
  }
  if (values.place_name.length > PLACE_MAX) errors.place_name = "sellerTrace.error.place_too_long"
  if (values.note.length > NOTE_MAX) errors.note = "sellerTrace.error.note_too_long"
  if (photos.length > MAX_EVENT_PHOTOS) errors.photos = "sellerTrace.error.photos_too_many"
  else if (photos.some((p) => p.size > MAX_PHOTO_BYTES)) errors.photos = "sellerTrace.error.photo_too_big"
  else if (photos.some((p) => p.type && !/^image\/(jpeg|png|webp)$/.test(p.type)))
    errors.photos = "sellerTrace.error.photo_type"
  return errors
}

/** The step's fields as the backend takes them (a recorded step, or a correction's replacement). */
export interface StepFieldsBody {
  step: string
  event_time?: string
  quantity?: number
  latitude?: string
  longitude?: string
  place_name?: string
  note?: string
  input_lot_ids?: string[]
  uom?: string
}

export function stepFields(values: EventFormValues): StepFieldsBody {
  const body: StepFieldsBody = { step: values.step }
  const iso = vietnamLocalToIso(values.event_time)
  if (iso) body.event_time = iso
  const quantity = parseQuantity(values.quantity)
  if (quantity !== null) body.quantity = quantity
  if (values.latitude && values.longitude) {
    body.latitude = values.latitude
    body.longitude = values.longitude
  }
  if (values.place_name) body.place_name = values.place_name
  if (values.note) body.note = values.note
  if (values.step === "processing") body.input_lot_ids = values.input_lot_ids
  if (values.uom && quantity !== null) body.uom = values.uom
  return body
}

/** The multipart body of `POST /vendor/trace/lots/:id/events` (the photos as they came). */
export function eventFormData(values: EventFormValues, photos: readonly File[]): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(stepFields(values))) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, String(item))
  }
  photos.forEach((photo, index) => {
    body.append("photos", photo, photo.name || `anh-${index + 1}.jpg`)
  })
  return body
}

/**
 * A recorded event as the form's values, to fix it: its time in Vietnam, place, quantity in its own
 * unit, note, position (from a `geo:` read point) and input lots.
 */
export function eventFormValuesOf(event: TraceEventDTO): EventFormValues {
  const geo = /^geo:(-?[\d.]+),(-?[\d.]+)/.exec(event.read_point ?? "")
  return {
    step: event.step ?? "",
    event_time: vietnamLocalNow(new Date(event.event_time)),
    quantity: event.quantity ? String(event.quantity.value) : "",
    latitude: geo?.[1] ?? "",
    longitude: geo?.[2] ?? "",
    place_name: event.place_name ?? "",
    note: event.note ?? "",
    input_lot_ids: event.inputs.flatMap((input) => (input.lot ? [input.lot.id] : [])),
    uom: event.quantity?.uom ?? "",
  }
}

export const CORRECTION_REASONS = ["incorrect_data", "did_not_occur"] as const
export type CorrectionReason = (typeof CORRECTION_REASONS)[number]

export function isCorrectionReason(value: unknown): value is CorrectionReason {
  return typeof value === "string" && (CORRECTION_REASONS as readonly string[]).includes(value)
}
