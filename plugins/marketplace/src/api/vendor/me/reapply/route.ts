import type { MedusaResponse } from "@medusajs/framework/http"
import { changeSellerStatusWorkflow } from "../../../../workflows/change-seller-status"
import type { VendorRequest } from "../../scope"

/** A rejected seller, having fixed what the operator asked, applies again (→ pending). */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { result } = await changeSellerStatusWorkflow(req.scope).run({
    input: {
      seller_id: req.seller.seller_id,
      status: "pending",
      actor: { type: "seller", id: req.seller.member_id },
    },
  })
  res.json({ seller: { id: result.id, status: result.to } })
}
