import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorProductWorkflow } from "../../../workflows/create-vendor-product"
import type { ListQuery, VendorProductBody } from "../../schemas"
import type { VendorRequest } from "../scope"
import { sellerProductIds, vendorProducts } from "./load"

/** The seller's own products, newest first, with stock warnings. */
export async function GET(req: VendorRequest<unknown, ListQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as ListQuery
  const ids = await sellerProductIds(req.scope, req.seller.seller_id)
  const products = await vendorProducts(req.scope, ids.slice(offset, offset + limit))
  res.json({ products, count: ids.length, limit, offset })
}

/** A new product, always a draft until the seller publishes it. */
export async function POST(req: VendorRequest<VendorProductBody>, res: MedusaResponse) {
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, product: req.validatedBody },
  })
  const [product] = await vendorProducts(req.scope, [result.id])
  res.status(201).json({ product })
}
