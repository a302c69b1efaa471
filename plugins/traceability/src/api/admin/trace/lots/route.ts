import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chainsOf, listLotRows, summariesOf } from "../../../../lib/load"
import type { LotListQuery } from "../../../schemas"

/** Every seller's lots with their chain status, newest first. */
export async function GET(req: MedusaRequest<unknown, LotListQuery>, res: MedusaResponse) {
  const { rows, count } = await listLotRows(req.scope, req.validatedQuery as LotListQuery)
  const [summaries, chains, sellers] = await Promise.all([
    summariesOf(req.scope, rows),
    chainsOf(req.scope, rows),
    rows.length
      ? req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "seller",
          fields: ["id", "name"],
          filters: { id: [...new Set(rows.map((r) => r.seller_id))] },
        })
      : Promise.resolve({ data: [] }),
  ])
  const sellerOf = new Map((sellers.data as { id: string; name: string }[]).map((s) => [s.id, s]))
  res.json({
    lots: summaries.map((lot, i) => ({
      ...lot,
      seller: sellerOf.get(rows[i].seller_id) ?? { id: rows[i].seller_id, name: null },
      chain: chains.get(lot.id),
    })),
    count,
  })
}
