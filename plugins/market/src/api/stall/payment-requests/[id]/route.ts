import type { MedusaResponse } from "@medusajs/framework/http"
import { requestView } from "../../../../lib/views"
import type { StallRequest } from "../../device-auth"
import { ownRequest } from "../../load"

export async function GET(req: StallRequest, res: MedusaResponse) {
  const request = await ownRequest(req.scope, req.stall_device.stall_id, req.params.id)
  res.json({ request: requestView(request) })
}
