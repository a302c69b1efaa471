import { lotEpcClass, TRACE_STEPS, type TraceStep, unitOfUom, uomOfUnit, wardLocationId } from "@choso/trace-rules"
import { buildTraceEvent } from "@choso/trace-rules/epcis"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { placeNames, provinceOfWard } from "./places"
import type { EpcisEvent } from "./types"
import type { LotRow } from "./views"

/** A step as the seller channel sends it (the form's fields, already typed by the route's schema). */
export interface StepFields {
  step: TraceStep
  event_time?: string | null
  quantity?: number | null
  latitude?: number | null
  longitude?: number | null
  ward_code?: string | null
  place_name?: string | null
  note?: string | null
  input_lot_ids?: string[] | null
  /** The quantity's UN/CEFACT unit when it is not the lot's (a harvest weighed in kg for a lot of bottles). */
  uom?: string | null
}

/** A stored photo as the event names it; the digest covers the photo, not its thumbnail. */
export interface EventPhoto {
  url: string
  sha256: string
  mime_type: string
  thumbnail_url?: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Where a step happened when the seller does not say: the ward given, or the lot's origin. */
function defaultPlace(
  container: MedusaContainer,
  lot: LotRow,
  wardCode: string,
  province: string,
  wardGiven: boolean
): string | undefined {
  if (wardGiven) return placeNames(container, province, wardCode).ward_name ?? undefined
  const ward = placeNames(container, lot.origin_province_code, lot.origin_ward_code).ward_name
  return ward ? `${lot.origin_place}, ${ward}` : lot.origin_place
}

/**
 * The EPCIS event of a recorded step: when (now unless given, never in the future), where (the
 * lot's ward unless another is given; a phone's position as a geo: read point), how much (in the
 * lot's unit), what went in (processing) and the stored photos' digests.
 */
export function stepEvent(
  container: MedusaContainer,
  lot: LotRow,
  fields: StepFields,
  extra: { photos: EventPhoto[]; inputs: LotRow[]; eventId?: string },
  now = new Date()
): EpcisEvent {
  if (!(TRACE_STEPS as readonly string[]).includes(fields.step)) throw invalid("Bước không hợp lệ (unknown step).")
  const time = fields.event_time ? new Date(fields.event_time) : now
  if (Number.isNaN(time.getTime())) throw invalid("Thời điểm không hợp lệ (invalid event time).")
  if (time.getTime() > now.getTime() + 5 * 60_000) {
    throw invalid("Thời điểm không được ở tương lai (event time in the future).")
  }
  const wardCode = fields.ward_code || lot.origin_ward_code
  const province = provinceOfWard(container, wardCode)
  if (!province) throw invalid("Xã/phường không có trong danh mục 2025 (ward not in the 2025 list).")
  const placeName = fields.place_name?.trim() || defaultPlace(container, lot, wardCode, province, !!fields.ward_code)
  const hasPosition = fields.latitude != null && fields.longitude != null
  if (hasPosition && (Math.abs(Number(fields.latitude)) > 90 || Math.abs(Number(fields.longitude)) > 180)) {
    throw invalid("Toạ độ không hợp lệ (invalid position).")
  }
  if (fields.uom && !unitOfUom(fields.uom)) throw invalid("Đơn vị không hợp lệ (unknown unit).")
  const uom = fields.uom || uomOfUnit(lot.unit)
  return buildTraceEvent({
    step: fields.step,
    lot: { epcClass: lotEpcClass(lot) },
    eventTime: time.toISOString(),
    quantity: fields.quantity != null ? { value: Number(fields.quantity), ...(uom ? { uom } : {}) } : undefined,
    inputs: extra.inputs.length ? extra.inputs.map((input) => ({ epcClass: lotEpcClass(input) })) : undefined,
    readPoint: hasPosition ? `geo:${Number(fields.latitude)},${Number(fields.longitude)}` : undefined,
    bizLocation: wardLocationId(wardCode),
    placeName,
    note: fields.note?.trim() || undefined,
    photos: extra.photos.length ? extra.photos : undefined,
    eventId: extra.eventId,
  })
}
