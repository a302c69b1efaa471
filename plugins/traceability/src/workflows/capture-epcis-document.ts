import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS } from "../lib/constants"
import { appendTraceEntriesStep } from "./steps/append-trace-entries"
import { checkEpcisCaptureStep } from "./steps/check-epcis-capture"

export interface CaptureEpcisDocumentInput {
  seller_id: string
  actor_id: string | null
  document: unknown
}

/** A seller who keeps records elsewhere sends them as an EPCISDocument: all of it is stored, or none. */
export const captureEpcisDocumentWorkflow = createWorkflow(
  "capture-epcis-document",
  (input: CaptureEpcisDocumentInput) => {
    const checked = checkEpcisCaptureStep(input)
    const appended = appendTraceEntriesStep(
      transform({ input, checked }, ({ input, checked }) => ({
        source: "capture" as const,
        recorded_by: input.actor_id,
        entries: checked.entries,
      }))
    )
    emitEventStep({
      eventName: TRACE_EVENTS.eventRecorded,
      data: transform({ appended }, ({ appended }) =>
        appended.map((e) => ({ id: e.id, lot_id: e.lot_id, seq: e.seq, event_id: e.event_id }))
      ),
    })
    return new WorkflowResponse(
      transform({ checked }, ({ checked }) => ({ captured: checked.captured, lots: checked.lots }))
    )
  }
)
