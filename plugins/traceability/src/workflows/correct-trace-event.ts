import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS } from "../lib/constants"
import { appendTraceEntriesStep } from "./steps/append-trace-entries"
import { type CorrectionInput, prepareCorrectionStep } from "./steps/prepare-correction"

export interface CorrectTraceEventInput extends CorrectionInput {
  actor_id: string | null
}

/**
 * A recorded event is never changed: a correction appends its errorDeclaration (same eventID)
 * and, when given, the corrective event, together.
 */
export const correctTraceEventWorkflow = createWorkflow("correct-trace-event", (input: CorrectTraceEventInput) => {
  const entries = prepareCorrectionStep(input)
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
