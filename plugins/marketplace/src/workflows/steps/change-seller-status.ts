import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"
import type { StatusChange } from "../../modules/seller/service"

/** The status change and its history row; compensation puts the status back and drops the row. */
export const changeSellerStatusStep = createStep(
  "change-seller-status",
  async (input: { seller_id: string } & StatusChange, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const changed = await sellers.changeStatus(input.seller_id, input)
    return new StepResponse(changed, changed)
  },
  async (changed, { container }) => {
    if (!changed) return
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellers.updateSellers({ id: changed.id, status: changed.from, status_reason: changed.previous_reason })
    await sellers.deleteSellerStatusEvents(changed.event_id)
  }
)
