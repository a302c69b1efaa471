import { errorDeclarationOf, newEventId } from "@choso/trace-rules/epcis"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../lib/errors"
import { type StepFields, stepEvent } from "../../lib/event-input"
import { traceOf } from "../../lib/load"
import type { EpcisEvent } from "../../lib/types"
import { eventPhotos, type LotRow } from "../../lib/views"

export interface CorrectionInput {
  seller_id: string | null
  entry_id: string
  reason: "incorrect_data" | "did_not_occur"
  note?: string | null
  replacement?: StepFields | null
  /** The replacement's input lots, already checked to be the seller's. */
  inputs?: LotRow[]
}

/**
 * What a correction appends: the entry's event re-published under the same eventID with an
 * errorDeclaration (naming the corrective event), then the corrective event when one is given.
 * The corrective event keeps the original's photos (and their digests): the step happened, its
 * figures were wrong.
 */
export const prepareCorrectionStep = createStep(
  "prepare-trace-correction",
  async (input: CorrectionInput, { container }) => {
    const trace = traceOf(container)
    const entry = await trace.entryWithSeller(input.entry_id)
    if (!entry || (input.seller_id && entry.seller_id !== input.seller_id)) {
      throw notFound("Không tìm thấy sự kiện này (event not found).")
    }
    if (entry.event.errorDeclaration) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Đây đã là một bản đính chính — hãy đính chính sự kiện gốc (this entry is already a correction)."
      )
    }
    const lot = await trace.findLot({ id: entry.lot_id })
    if (!lot) throw notFound()
    const now = new Date()
    const correctiveId = input.replacement ? newEventId() : undefined
    const corrective: EpcisEvent | null = input.replacement
      ? stepEvent(
          container,
          lot,
          input.replacement,
          { inputs: input.inputs ?? [], photos: eventPhotos(entry.event), eventId: correctiveId },
          now
        )
      : null
    const declaration = errorDeclarationOf(entry.event, {
      declarationTime: now.toISOString(),
      reason: input.reason,
      correctiveEventIDs: correctiveId ? [correctiveId] : undefined,
    })
    const note = input.note?.trim()
    if (note && declaration.errorDeclaration) declaration.errorDeclaration["choso:note"] = note
    const events = corrective ? [declaration, corrective] : [declaration]
    return new StepResponse(events.map((event) => ({ lot_id: lot.id, event })))
  }
)
