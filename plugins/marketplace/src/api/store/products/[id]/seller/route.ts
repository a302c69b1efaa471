import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../lib/seller-codes"
import SellerProductLink from "../../../../../links/seller-product"
import type SellerModuleService from "../../../../../modules/seller/service"
import { PUBLIC_FIELDS, publicSellerView } from "../../../../views"

/** Who sells this product, as the E-commerce Law asks the platform to show (approved sellers only). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["seller_id"],
    filters: { product_id: req.params.id },
  })
  const sellerId = (data[0] as { seller_id?: string } | undefined)?.seller_id
  const [seller] = sellerId
    ? await req.scope
        .resolve<SellerModuleService>(SELLER_MODULE)
        .listSellers({ id: sellerId, status: "approved" }, { select: [...PUBLIC_FIELDS], take: 1 })
    : []
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Sản phẩm này chưa có người bán (no seller)")
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ seller: publicSellerView(req.scope, seller as unknown as Record<string, unknown>) })
}
