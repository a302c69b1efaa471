import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeOrderLots } from "../../../../../../lib/allocation-context"

/**
 * The lots each line of an order received, with their trace page's path. Like Medusa's own
 * GET /store/orders/:id, the (unguessable) order id is what grants access; nothing here is personal.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await storeOrderLots(req.scope, req.params.id))
}
