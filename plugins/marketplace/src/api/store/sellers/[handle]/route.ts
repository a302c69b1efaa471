import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../lib/seller-codes"
import type SellerModuleService from "../../../../modules/seller/service"
import { sellerProductIds } from "../../../vendor/products/load"
import { PUBLIC_FIELDS, publicSellerView } from "../../../views"

/** An approved seller's page: who they are and which products they sell (shown by the store). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [seller] = await sellers.listSellers(
    { handle: req.params.handle, status: "approved" },
    { select: [...PUBLIC_FIELDS], take: 1 }
  )
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy cửa hàng "${req.params.handle}"`)
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    seller: publicSellerView(req.scope, seller as unknown as Record<string, unknown>),
    product_ids: await sellerProductIds(req.scope, seller.id),
  })
}
