import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerOfProduct } from "../../../seller-of-product"

/** Who sells this product, as the E-commerce Law asks the platform to show (approved sellers only). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ seller: await sellerOfProduct(req.scope, { id: req.params.id }) })
}
