import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyStallAccountWorkflow } from "../../../../../workflows/upsert-stall"
import type { VerifyAccountBody } from "../../../../schemas"

/** The operator confirms the bank's holder name matches: the stall may take payments. */
export async function POST(req: AuthenticatedMedusaRequest<VerifyAccountBody>, res: MedusaResponse) {
  const { result } = await verifyStallAccountWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      holder_name: (req.validatedBody as VerifyAccountBody).holder_name,
      by: req.auth_context.actor_id,
    },
  })
  res.json({ stall: result })
}
