import type { ChainEntry } from "@choso/trace-rules/chain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TraceSource } from "../../lib/constants"
import { traceOf } from "../../lib/load"
import type { EpcisEvent } from "../../lib/types"

export interface AppendInput {
  source: TraceSource
  recorded_by: string | null
  entries: { lot_id: string; event: EpcisEvent }[]
}

/**
 * Appends the entries in one transaction (all lots or none). Append-only: there is nothing to
 * undo, so this is the last step that can fail in every workflow that uses it.
 */
export const appendTraceEntriesStep = createStep("append-trace-entries", async (input: AppendInput, { container }) => {
  const appended: ChainEntry[] = await traceOf(container).appendEntries(
    input.entries.map((entry) => ({
      lot_id: entry.lot_id,
      event: entry.event,
      source: input.source,
      recorded_by: input.recorded_by,
    }))
  )
  return new StepResponse(appended)
})
