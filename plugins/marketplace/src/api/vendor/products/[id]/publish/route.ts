import type { MedusaResponse } from "@medusajs/framework/http"
import { publishVendorProductWorkflow } from "../../../../../workflows/publish-vendor-product"
import type { VendorRequest } from "../../../scope"
import { assertOwnProduct, vendorProducts } from "../../load"

/** Show to shoppers (approved sellers only) or take down. */
export async function POST(req: VendorRequest<{ published: boolean }>, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.seller.seller_id, req.params.id)
  await publishVendorProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, product_id: req.params.id, published: req.validatedBody.published },
  })
  const [product] = await vendorProducts(req.scope, [req.params.id])
  res.json({ product })
}
