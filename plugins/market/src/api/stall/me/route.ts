import type { MedusaResponse } from "@medusajs/framework/http"
import { deviceView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"
import { loadStallView } from "../load"

/** The phone's stall and the phone itself. */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const [stall, device] = await Promise.all([
    loadStallView(req.scope, req.stall_device.stall_id),
    market.retrieveStallDevice(req.stall_device.id),
  ])
  res.json({ stall, device: deviceView(device, req.stall_device.id) })
}
