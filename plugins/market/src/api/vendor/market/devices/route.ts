import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { deviceView } from "../../../../lib/views"
import { MARKET_MODULE } from "../../../../modules/market"
import type MarketModuleService from "../../../../modules/market/service"
import { registerStallDeviceWorkflow } from "../../../../workflows/register-stall-device"
import type { DeviceBody } from "../../../schemas"

/** Signs this phone in to the vendor screen: a device token for good, until signed out. */
export async function POST(req: VendorRequest<DeviceBody>, res: MedusaResponse) {
  const body = req.validatedBody as DeviceBody
  const { result } = await registerStallDeviceWorkflow(req.scope).run({
    input: {
      seller_id: req.seller.seller_id,
      member_id: req.seller.member_id,
      label: body.label,
      stall_id: body.stall_id,
    },
  })
  res.status(201).json({ device: deviceView(result.device, result.device.id), token: result.token })
}

/** Every phone signed in to the seller's stalls. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const devices = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .listStallDevices({ seller_id: req.seller.seller_id }, { order: { created_at: "DESC" }, take: 100 })
  res.json({ devices: devices.map((d) => deviceView(d, null)) })
}
