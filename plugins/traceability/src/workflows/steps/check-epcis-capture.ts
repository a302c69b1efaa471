import { epcClassesOf, newEventId, validateEpcisDocument } from "@choso/trace-rules/epcis"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type EpcisError, refusal } from "../../lib/errors"
import { traceOf } from "../../lib/load"
import { lotKeys, lotRefOf, refKey } from "../../lib/lot-classes"
import type { EpcisEvent } from "../../lib/types"
import type { LotRow } from "../../lib/views"

export interface CaptureEntries {
  entries: { lot_id: string; event: EpcisEvent }[]
  lots: { id: string; code: string; added: number }[]
  captured: number
}

/**
 * A captured EPCISDocument, checked whole before anything is stored: valid against the EPCIS 2.0
 * schemas, and every event naming at least one lot of this seller (its Digital Link class with
 * GTIN and lot, or the lot's short class) and not already in that lot's chain. An event is
 * appended to each of the seller's lots it names.
 */
export const checkEpcisCaptureStep = createStep(
  "check-epcis-capture",
  async (input: { seller_id: string; document: unknown }, { container }) => {
    const validation = validateEpcisDocument(input.document)
    if (!validation.valid) {
      throw refusal(
        `Tài liệu EPCIS không hợp lệ theo lược đồ EPCIS 2.0: ${validation.errors.length} lỗi (not a valid EPCIS 2.0 document).`,
        { errors: validation.errors }
      )
    }
    const events = (input.document as { epcisBody: { eventList: EpcisEvent[] } }).epcisBody.eventList
    const classesOf = events.map((event) => epcClassesOf(event))
    const refs = classesOf.flat().flatMap((c) => {
      const ref = lotRefOf(c)
      return ref ? [ref] : []
    })
    const trace = traceOf(container)
    const own = new Map<string, LotRow>()
    for (const lot of await trace.lotsByRefs(refs, input.seller_id)) for (const key of lotKeys(lot)) own.set(key, lot)
    const known = new Set(
      (await trace.entriesOf([...new Set([...own.values()].map((l) => l.id))])).map((e) => `${e.lot_id} ${e.event_id}`)
    )
    const errors: EpcisError[] = []
    const entries: CaptureEntries["entries"] = []
    const added = new Map<string, number>()
    events.forEach((original, index) => {
      const lots = new Map<string, LotRow>()
      for (const c of classesOf[index]) {
        const ref = lotRefOf(c)
        const lot = ref ? own.get(refKey(ref)) : undefined
        if (lot) lots.set(lot.id, lot)
      }
      const path = `/epcisBody/eventList/${index}`
      if (!lots.size) {
        errors.push({
          path,
          message: `Sự kiện ${index + 1} không nêu lô hàng nào của cơ sở mình (event ${index} names no lot of this seller).`,
        })
        return
      }
      const event: EpcisEvent = original.eventID ? original : { ...original, eventID: newEventId() }
      for (const lot of lots.values()) {
        if (!event.errorDeclaration && known.has(`${lot.id} ${event.eventID}`)) {
          errors.push({
            path: `${path}/eventID`,
            message: `Sự kiện ${index + 1} đã có trong lô ${lot.code} (event ${index} is already in lot ${lot.code}).`,
          })
          continue
        }
        entries.push({ lot_id: lot.id, event })
        added.set(lot.id, (added.get(lot.id) ?? 0) + 1)
      }
    })
    if (errors.length) {
      throw refusal(errors[0].message, { errors })
    }
    const byId = new Map([...own.values()].map((l) => [l.id, l]))
    return new StepResponse<CaptureEntries>({
      entries,
      captured: events.length,
      lots: [...added].map(([id, n]) => ({ id, code: byId.get(id)?.code ?? "", added: n })),
    })
  }
)
