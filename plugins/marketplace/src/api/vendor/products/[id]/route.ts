import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteVendorProductWorkflow } from "../../../../workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/update-vendor-product"
import type { VendorProductBody } from "../../../schemas"
import type { VendorRequest } from "../../scope"
import { assertOwnProduct, vendorProducts } from "../load"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.seller.seller_id, req.params.id)
  const [product] = await vendorProducts(req.scope, [req.params.id])
  res.json({ product })
}

export async function POST(req: VendorRequest<VendorProductBody>, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.seller.seller_id, req.params.id)
  await updateVendorProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, product_id: req.params.id, product: req.validatedBody },
  })
  const [product] = await vendorProducts(req.scope, [req.params.id])
  res.json({ product })
}

export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await assertOwnProduct(req.scope, req.seller.seller_id, req.params.id)
  await deleteVendorProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, product_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
