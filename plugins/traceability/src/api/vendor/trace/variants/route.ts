import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ProductRow = {
  id: string
  title: string
  thumbnail: string | null
  variants: { id: string; title: string | null }[] | null
}

/** The seller's own variants, for the lot form. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: ["products.id", "products.title", "products.thumbnail", "products.variants.id", "products.variants.title"],
    filters: { id: req.seller.seller_id },
  })
  const products = ((data[0] as { products?: ProductRow[] } | undefined)?.products ?? []).filter(Boolean)
  res.json({
    variants: products.flatMap((p) =>
      (p.variants ?? []).map((v) => ({
        id: v.id,
        title: v.title,
        product: { id: p.id, title: p.title, thumbnail: p.thumbnail },
      }))
    ),
  })
}
