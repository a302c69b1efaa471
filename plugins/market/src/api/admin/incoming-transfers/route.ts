import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { AdminListQuery } from "../../schemas"

/** Bank transfers the webhook reported, with their raw payloads (filter by outcome). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset, outcome } = req.validatedQuery as AdminListQuery
  const [transfers, count] = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .listAndCountIncomingTransfers(outcome ? { outcome: outcome as "paid" } : {}, {
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    })
  res.json({ incoming_transfers: transfers, count, limit, offset })
}
