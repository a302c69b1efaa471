import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerOfProduct } from "../../../seller-of-product"

/**
 * The same, by the product's handle: a product page asks for the product and its seller at
 * once instead of one after the other.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ seller: await sellerOfProduct(req.scope, { handle: req.params.handle }) })
}
