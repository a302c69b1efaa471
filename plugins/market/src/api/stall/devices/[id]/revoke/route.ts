import type { MedusaResponse } from "@medusajs/framework/http"
import { deviceView } from "../../../../../lib/views"
import { revokeStallDeviceWorkflow } from "../../../../../workflows/revoke-stall-device"
import type { StallRequest } from "../../../device-auth"

/** Signs out one of this stall's phones (this one too: "Đăng xuất"). */
export async function POST(req: StallRequest, res: MedusaResponse) {
  const { result } = await revokeStallDeviceWorkflow(req.scope).run({
    input: { id: req.params.id, stall_id: req.stall_device.stall_id, by: req.stall_device.member_id },
  })
  res.json({ device: deviceView(result, req.stall_device.id) })
}
