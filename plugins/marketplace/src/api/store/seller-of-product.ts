import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../lib/seller-codes"
import SellerProductLink from "../../links/seller-product"
import type SellerModuleService from "../../modules/seller/service"
import { PUBLIC_FIELDS, publicSellerView } from "../views"

/** The approved seller of a published product, as shoppers may see it; 404 otherwise. */
export async function sellerOfProduct(container: MedusaContainer, product: { id: string } | { handle: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { ...product, status: "published" },
  })
  const productId = (products[0] as { id?: string } | undefined)?.id
  const { data: links } = productId
    ? await query.graph({
        entity: SellerProductLink.entryPoint,
        fields: ["seller_id"],
        filters: { product_id: productId },
      })
    : { data: [] }
  const sellerId = (links[0] as { seller_id?: string } | undefined)?.seller_id
  const [seller] = sellerId
    ? await container
        .resolve<SellerModuleService>(SELLER_MODULE)
        .listSellers({ id: sellerId, status: "approved" }, { select: [...PUBLIC_FIELDS], take: 1 })
    : []
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Sản phẩm này chưa có người bán (no seller)")
  return publicSellerView(container, seller as unknown as Record<string, unknown>)
}
