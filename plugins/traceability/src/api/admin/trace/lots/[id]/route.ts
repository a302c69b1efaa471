import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { loadLotDetail } from "../../../../../lib/load"

/** A lot with its events and chain (verified now) and its seller. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const detail = await loadLotDetail(req.scope, req.params.id, null)
  if (!detail) throw notFound()
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "seller", fields: ["id", "name", "handle"], filters: { id: detail.row.seller_id } })
  res.json({
    lot: { ...detail.lot, seller: data[0] ?? { id: detail.row.seller_id, name: null } },
    events: detail.events,
    chain: detail.chain,
  })
}
