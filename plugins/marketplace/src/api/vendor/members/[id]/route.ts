import type { MedusaResponse } from "@medusajs/framework/http"
import { removeSellerMemberWorkflow } from "../../../../workflows/remove-seller-member"
import type { VendorRequest } from "../../scope"

/** The owner takes a staff member off the seller (owner only; not the owner, not oneself). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { result } = await removeSellerMemberWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, member_id: req.params.id, by: req.seller.member_id },
  })
  res.json({ id: result.id, object: "seller_member", deleted: true })
}
