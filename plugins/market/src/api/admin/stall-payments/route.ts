import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { AdminListQuery } from "../../schemas"

/** Every stall's payment requests, newest first (filter by status). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListQuery
  const [rows, count] = await req.scope
    .resolve<MarketModuleService>(MARKET_MODULE)
    .listAndCountPaymentRequests(status ? { status: status as "paid" } : {}, {
      relations: ["stall"],
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    })
  res.json({
    payment_requests: rows.map((row) => ({
      ...requestView(row),
      stall: { id: row.stall.id, code: row.stall.code, display_name: row.stall.display_name },
      confirmation_source: row.confirmation_source,
    })),
    count,
    limit,
    offset,
  })
}
