import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS, type TraceSource } from "../lib/constants"
import type { EpcisEvent } from "../lib/types"
import { appendTraceEntriesStep } from "./steps/append-trace-entries"
import { loadOwnLotsStep } from "./steps/load-own-lots"

export interface RecordTraceEventsInput {
  seller_id: string | null
  actor_id: string | null
  source: TraceSource
  entries: { lot_id: string; event: EpcisEvent }[]
}

/** Appends ready-made EPCIS events to lots (the seed, imports); a seller only to its own lots. */
export const recordTraceEventsWorkflow = createWorkflow("record-trace-events", (input: RecordTraceEventsInput) => {
  loadOwnLotsStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, lot_ids: input.entries.map((e) => e.lot_id) }))
  )
  const appended = appendTraceEntriesStep(
    transform({ input }, ({ input }) => ({ source: input.source, recorded_by: input.actor_id, entries: input.entries }))
  )
  emitEventStep({
    eventName: TRACE_EVENTS.eventRecorded,
    data: transform({ appended }, ({ appended }) =>
      appended.map((e) => ({ id: e.id, lot_id: e.lot_id, seq: e.seq, event_id: e.event_id }))
    ),
  })
  return new WorkflowResponse(appended)
})
