import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../lib/seller-codes"
import type SellerModuleService from "../../../modules/seller/service"
import type { VendorRequest } from "../scope"

/** The seller's members and its invitations not yet accepted. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [members, invites] = await Promise.all([
    sellers.listSellerMembers(
      { seller_id: req.seller.seller_id },
      { select: ["id", "name", "email", "role", "created_at"], order: { created_at: "ASC" } }
    ),
    sellers.listSellerInvites(
      { seller_id: req.seller.seller_id, accepted_at: null },
      { select: ["id", "email", "expires_at", "created_at"], order: { created_at: "DESC" } }
    ),
  ])
  res.json({ members, invites })
}
