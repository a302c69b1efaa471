import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS } from "../lib/constants"
import { appendTraceEntriesStep } from "./steps/append-trace-entries"
import { loadOwnLotsStep } from "./steps/load-own-lots"
import { type CorrectionInput, prepareCorrectionStep } from "./steps/prepare-correction"

export interface CorrectTraceEventInput extends CorrectionInput {
  actor_id: string | null
}

/**
 * A recorded event is never changed: a correction appends its errorDeclaration (same eventID)
 * and, when given, the corrective event, together. The corrective event's input lots (processing)
 * must be the seller's own, as when a step is recorded.
 */
export const correctTraceEventWorkflow = createWorkflow("correct-trace-event", (input: CorrectTraceEventInput) => {
  const inputs = loadOwnLotsStep(
    transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      lot_ids: input.replacement?.input_lot_ids ?? [],
    }))
  )
  const entries = prepareCorrectionStep(transform({ input, inputs }, ({ input, inputs }) => ({ ...input, inputs })))
  const appended = appendTraceEntriesStep(
    transform({ input, entries }, ({ input, entries }) => ({
      source: "correction" as const,
      recorded_by: input.actor_id,
      entries,
    }))
  )
  emitEventStep({
    eventName: TRACE_EVENTS.eventRecorded,
    data: transform({ appended }, ({ appended }) =>
      appended.map((e) => ({ id: e.id, lot_id: e.lot_id, seq: e.seq, event_id: e.event_id }))
    ),
  })
  return new WorkflowResponse(appended)
})
