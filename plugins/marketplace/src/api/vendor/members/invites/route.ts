import type { MedusaResponse } from "@medusajs/framework/http"
import { inviteSellerMemberWorkflow } from "../../../../workflows/invite-seller-member"
import type { VendorRequest } from "../../scope"

/** The owner invites a staff member; the e-mail carries a one-time link. */
export async function POST(req: VendorRequest<{ email: string }>, res: MedusaResponse) {
  const { result } = await inviteSellerMemberWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, email: req.validatedBody.email },
  })
  res.status(201).json({ invite: result })
}
