import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { RequestedLine } from "../lib/allocation"
import { TRACE_EVENTS } from "../lib/constants"
import { checkAllocationStep } from "./steps/check-allocation"
import { loadAllocationContextStep } from "./steps/load-allocation-context"
import { replaceAllocationsStep } from "./steps/replace-allocations"

export interface AssignOrderLotsInput {
  order_id: string
  /** When a seller fulfils its own order: only its lots may be assigned. */
  seller_id?: string | null
  actor_id: string | null
  /** The lines to (re)assign; each replaces that line's lots (an empty list clears it). Other lines stay. */
  lines: RequestedLine[]
}

/** At fulfilment: which lot(s), and how many of each, every given order line received. */
export const assignOrderLotsWorkflow = createWorkflow("assign-order-lots", (input: AssignOrderLotsInput) => {
  const context = loadAllocationContextStep(
    transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      seller_id: input.seller_id ?? null,
      lot_ids: [...new Set(input.lines.flatMap((l) => l.lots.map((lot) => lot.lot_id)))],
    }))
  )
  checkAllocationStep(transform({ input, context }, ({ input, context }) => ({ context, lines: input.lines })))
  const created = replaceAllocationsStep(
    transform({ input, context }, ({ input, context }) => {
      const variantOf = new Map(context.lines.map((l) => [l.id, l.variant_id]))
      return {
        order_id: input.order_id,
        actor_id: input.actor_id,
        lines: input.lines.map((line) => ({
          line_item_id: line.line_item_id,
          // Checked: a line with lots has a variant.
          variant_id: variantOf.get(line.line_item_id) ?? "",
          lots: line.lots,
        })),
      }
    })
  )
  emitEventStep(
    transform({ input }, ({ input }) => ({
      eventName: TRACE_EVENTS.orderLotsAssigned,
      data: {
        order_id: input.order_id,
        seller_id: input.seller_id ?? null,
        line_item_ids: input.lines.map((l) => l.line_item_id),
        actor_id: input.actor_id,
      },
    }))
  )
  return new WorkflowResponse(
    transform({ input, created }, ({ input, created }) => ({ order_id: input.order_id, allocations: created }))
  )
})
