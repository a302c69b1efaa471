import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type AllocationContext, loadAllocationContext } from "../../lib/allocation-context"

/** The order's lines, the lots that may go to them (the seller's only, when scoped) and the live allocations. */
export const loadAllocationContextStep = createStep(
  "load-order-allocation-context",
  async (input: { order_id: string; seller_id?: string | null; lot_ids: string[] }, { container }) =>
    new StepResponse<AllocationContext>(await loadAllocationContext(container, input))
)
