import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type StepFields, stepEvent } from "../../lib/event-input"
import type { EpcisEvent } from "../../lib/types"
import type { LotRow } from "../../lib/views"
import type { StoredPhoto } from "./store-trace-photos"

/** The step's EPCIS event, from the form's fields, the input lots and the stored photos. */
export const buildStepEventStep = createStep(
  "build-trace-step-event",
  async (
    input: { lot: LotRow; fields: StepFields; inputs: LotRow[]; photos: StoredPhoto[]; event_id?: string },
    { container }
  ) => {
    const event: EpcisEvent = stepEvent(container, input.lot, input.fields, {
      inputs: input.inputs,
      photos: input.photos.map((p) => ({
        url: p.url,
        sha256: p.sha256,
        mime_type: p.mime_type,
        thumbnail_url: p.thumbnail_url,
      })),
      eventId: input.event_id,
    })
    return new StepResponse(event)
  }
)
