import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/** Signs out every phone a member signed in for the seller's stalls (signed in again if a later step fails). */
export const revokeMemberDevicesStep = createStep(
  "revoke-member-stall-devices",
  async (input: { member_id: string; seller_id: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const devices = await market.listStallDevices(
      { member_id: input.member_id, seller_id: input.seller_id, revoked_at: null },
      { select: ["id"] }
    )
    if (!devices.length) return new StepResponse([] as string[], [] as string[])
    const ids = devices.map((d) => d.id)
    await market.updateStallDevices(ids.map((id) => ({ id, revoked_at: new Date(), revoked_by: input.member_id })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container
        .resolve<MarketModuleService>(MARKET_MODULE)
        .updateStallDevices(ids.map((id) => ({ id, revoked_at: null, revoked_by: null })))
    }
  }
)
