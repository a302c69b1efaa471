import type { MedusaResponse } from "@medusajs/framework/http"
import { deviceView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"

/** The phones signed in to this stall (to sign out a lost one). */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const devices = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .listStallDevices({ stall_id: req.stall_device.stall_id, revoked_at: null }, { order: { created_at: "DESC" } })
  res.json({ devices: devices.map((d) => deviceView(d, req.stall_device.id)) })
}
