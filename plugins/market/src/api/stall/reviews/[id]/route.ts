import type { MedusaResponse } from "@medusajs/framework/http"
import { transferView } from "../../../../lib/views"
import { resolveTransferReviewWorkflow } from "../../../../workflows/resolve-transfer-review"
import type { ReviewDecisionBody } from "../../../schemas"
import type { StallRequest } from "../../device-auth"

/** The vendor settles one "cần kiểm tra" item of her own stall. */
export async function POST(req: StallRequest<ReviewDecisionBody>, res: MedusaResponse) {
  const body = req.validatedBody as ReviewDecisionBody
  const { result } = await resolveTransferReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      stall_id: req.stall_device.stall_id,
      decision: body.decision,
      note: body.note,
      by: req.stall_device.member_id,
    },
  })
  res.json({ review: transferView(result.transfer, null) })
}
