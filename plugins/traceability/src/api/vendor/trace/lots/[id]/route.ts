import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { loadLotDetail } from "../../../../../lib/load"

/** One of the seller's lots with its events and chain (verified now). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const detail = await loadLotDetail(req.scope, req.params.id, req.seller.seller_id)
  if (!detail) throw notFound()
  res.json({ lot: detail.lot, events: detail.events, chain: detail.chain })
}
