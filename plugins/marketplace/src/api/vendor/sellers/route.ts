import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../../workflows/register-seller"
import { registrationProblems } from "../../../workflows/steps/validate-seller-registration"
import type { SellerRegistrationBody } from "../../schemas"

/**
 * A person signed up as actor `seller` (registration token) registers their business. Field
 * problems come back together, each with its field, so the form can show them in place.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerRegistrationBody>, res: MedusaResponse) {
  const body = req.validatedBody
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Tài khoản này đã thuộc một người bán (already a seller).")
  }
  const issues = registrationProblems(req.scope, body.seller)
  if (issues.length) {
    res.status(400).json({ type: "invalid_data", message: issues.map((i) => i.message).join(" "), issues })
    return
  }
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      member_name: body.member_name ?? body.seller.representative,
      seller: body.seller,
    },
  })
  res.status(201).json(result)
}
