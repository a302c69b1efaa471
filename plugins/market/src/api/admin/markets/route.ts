import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import { createMarketWorkflow } from "../../../workflows/upsert-market"
import type { AdminListQuery, MarketBody } from "../../schemas"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListQuery
  const [markets, count] = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .listAndCountMarkets({}, { relations: ["stalls"], order: { name: "ASC" }, take: limit, skip: offset })
  res.json({
    markets: markets.map(({ stalls, ...market }) => ({ ...market, stall_count: stalls?.length ?? 0 })),
    count,
    limit,
    offset,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<MarketBody>, res: MedusaResponse) {
  const { result } = await createMarketWorkflow(req.scope).run({ input: req.validatedBody as MarketBody })
  res.status(201).json({ market: result })
}
