import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACE_MODULE } from "../../lib/constants"
import type TraceModuleService from "../../modules/trace/service"

export interface ReplaceAllocationsInput {
  order_id: string
  actor_id: string | null
  lines: { line_item_id: string; variant_id: string; lots: { lot_id: string; quantity: number }[] }[]
}

type Undo = { removed: string[]; created: string[] }

/**
 * The given lines' live allocations are soft-deleted (their history stays) and the new ones
 * created; compensation removes the new rows and restores the old.
 */
export const replaceAllocationsStep = createStep(
  "replace-order-allocations",
  async (input: ReplaceAllocationsInput, { container }) => {
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE)
    const lineIds = input.lines.map((l) => l.line_item_id)
    const old = lineIds.length ? await trace.listLotAllocations({ line_item_id: lineIds }, { select: ["id"] }) : []
    const removed = old.map((row) => row.id)
    if (removed.length) await trace.softDeleteLotAllocations(removed)
    const rows = input.lines.flatMap((line) =>
      line.lots.map((lot) => ({
        lot_id: lot.lot_id,
        quantity: lot.quantity,
        order_id: input.order_id,
        line_item_id: line.line_item_id,
        variant_id: line.variant_id,
        assigned_by: input.actor_id,
      }))
    )
    try {
      const created = rows.length ? await trace.createLotAllocations(rows) : []
      return new StepResponse(created, { removed, created: created.map((row) => row.id) } satisfies Undo)
    } catch (error) {
      // A failing step is not compensated: put the old rows back before failing.
      if (removed.length) await trace.restoreLotAllocations(removed)
      throw error
    }
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE)
    if (undo.created.length) await trace.deleteLotAllocations(undo.created)
    if (undo.removed.length) await trace.restoreLotAllocations(undo.removed)
  }
)
