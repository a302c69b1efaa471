import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/** Signs a phone out: within its stall (from another phone) or its seller (seller channel). */
export const revokeStallDeviceStep = createStep(
  "revoke-stall-device",
  async (input: { id: string; stall_id?: string; seller_id?: string; by: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const scope = input.stall_id ? { stall_id: input.stall_id } : { seller_id: input.seller_id }
    const [device] = await market.listStallDevices({ id: input.id, ...scope }, { take: 1 })
    if (!device) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy máy này (device not found).")
    if (device.revoked_at) return new StepResponse(device, null)
    const revoked = await market.updateStallDevices({ id: device.id, revoked_at: new Date(), revoked_by: input.by })
    return new StepResponse(revoked, device.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<MarketModuleService>(MARKET_MODULE)
        .updateStallDevices({ id, revoked_at: null, revoked_by: null })
    }
  }
)
