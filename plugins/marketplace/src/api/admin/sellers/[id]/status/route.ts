import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSellerStatusWorkflow } from "../../../../../workflows/change-seller-status"
import { GET } from "../route"

/** Approve, reject (with a reason) or suspend (with a reason: its products leave the store). */
export async function POST(
  req: AuthenticatedMedusaRequest<{ status: "approved" | "rejected" | "suspended"; reason?: string | null }>,
  res: MedusaResponse
) {
  await changeSellerStatusWorkflow(req.scope).run({
    input: {
      seller_id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason,
      actor: { type: "user", id: req.auth_context.actor_id },
    },
  })
  return GET(req, res)
}
