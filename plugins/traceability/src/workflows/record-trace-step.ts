import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS } from "../lib/constants"
import type { StepFields } from "../lib/event-input"
import { appendTraceEntriesStep } from "./steps/append-trace-entries"
import { buildStepEventStep } from "./steps/build-step-event"
import { loadOwnLotsStep } from "./steps/load-own-lots"
import { storeTracePhotosStep } from "./steps/store-trace-photos"

export interface RecordTraceStepInput extends StepFields {
  seller_id: string
  actor_id: string | null
  lot_id: string
  photos: { buffer: unknown; mime?: string }[]
}

/**
 * A seller records a step of its own lot from the seller channel: photos stored (and deleted
 * again on failure), the EPCIS event built, then appended to the lot's chain.
 */
export const recordTraceStepWorkflow = createWorkflow("record-trace-step", (input: RecordTraceStepInput) => {
  const lots = loadOwnLotsStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, lot_ids: [input.lot_id] }))
  )
  const inputs = loadOwnLotsStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, lot_ids: input.input_lot_ids ?? [] }))
  ).config({ name: "load-input-trace-lots" })
  const photos = storeTracePhotosStep(
    transform({ input }, ({ input }) => ({ lot_id: input.lot_id, photos: input.photos ?? [] }))
  )
  const event = buildStepEventStep(
    transform({ input, lots, inputs, photos }, ({ input, lots, inputs, photos }) => {
      const { seller_id: _s, actor_id: _a, lot_id: _l, photos: _p, ...fields } = input
      return { lot: lots[0], fields, inputs, photos }
    })
  )
  const appended = appendTraceEntriesStep(
    transform({ input, event }, ({ input, event }) => ({
      source: "app" as const,
      recorded_by: input.actor_id,
      entries: [{ lot_id: input.lot_id, event }],
    }))
  )
  emitEventStep({
    eventName: TRACE_EVENTS.eventRecorded,
    data: transform({ appended }, ({ appended }) =>
      appended.map((e) => ({ id: e.id, lot_id: e.lot_id, seq: e.seq, event_id: e.event_id }))
    ),
  })
  return new WorkflowResponse(transform({ appended }, ({ appended }) => appended[0]))
})
