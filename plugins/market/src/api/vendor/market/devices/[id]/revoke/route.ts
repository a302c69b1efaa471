import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { deviceView } from "../../../../../../lib/views"
import { revokeStallDeviceWorkflow } from "../../../../../../workflows/revoke-stall-device"

export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { result } = await revokeStallDeviceWorkflow(req.scope).run({
    input: { id: req.params.id, seller_id: req.seller.seller_id, by: req.seller.member_id },
  })
  res.json({ device: deviceView(result, null) })
}
