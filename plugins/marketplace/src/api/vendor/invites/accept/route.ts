import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptSellerInviteWorkflow } from "../../../../workflows/accept-seller-invite"

/** Someone signed up with the invited e-mail (registration token) joins the seller as staff. */
export async function POST(req: AuthenticatedMedusaRequest<{ token: string; name: string }>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Tài khoản này đã thuộc một người bán (already a seller).")
  }
  const { result } = await acceptSellerInviteWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({ member: result })
}
