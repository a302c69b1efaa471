import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKET_MODULE } from "../../../../modules/market"
import type MarketModuleService from "../../../../modules/market/service"
import { updateMarketWorkflow } from "../../../../workflows/upsert-market"
import type { MarketUpdateBody } from "../../../schemas"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const market = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .retrieveMarket(req.params.id, { relations: ["stalls"] })
  res.json({ market })
}

export async function POST(req: AuthenticatedMedusaRequest<MarketUpdateBody>, res: MedusaResponse) {
  const { result } = await updateMarketWorkflow(req.scope).run({
    input: { ...(req.validatedBody as MarketUpdateBody), id: req.params.id },
  })
  res.json({ market: result })
}
