import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestView } from "../../../../lib/views"
import { MARKET_MODULE } from "../../../../modules/market"
import type MarketModuleService from "../../../../modules/market/service"
import { updateStallWorkflow } from "../../../../workflows/upsert-stall"
import type { StallUpdateBody } from "../../../schemas"
import { ADMIN_STALL_FIELDS } from "../route"

/** A stall, its seller, its last requests and its open "cần kiểm tra" transfers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const { data } = await query.graph({ entity: "stall", fields: ADMIN_STALL_FIELDS, filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Stall not found")
  const [requests, reviews] = await Promise.all([
    market.listPaymentRequests({ stall_id: req.params.id }, { order: { created_at: "DESC" }, take: 20 }),
    market.listIncomingTransfers(
      { stall_id: req.params.id, outcome: "needs_review" },
      { order: { created_at: "DESC" }, take: 20 }
    ),
  ])
  res.json({ stall: data[0], requests: requests.map(requestView), reviews })
}

export async function POST(req: AuthenticatedMedusaRequest<StallUpdateBody>, res: MedusaResponse) {
  const { result } = await updateStallWorkflow(req.scope).run({
    input: { ...(req.validatedBody as StallUpdateBody), id: req.params.id },
  })
  res.json({ stall: result })
}
