import type { MedusaResponse } from "@medusajs/framework/http"
import { transferView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"

/** This stall's "cần kiểm tra" transfers (open ones only with ?open=true). */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const open = req.query.open === "true"
  const transfers = await market.listIncomingTransfers(
    { stall_id: req.stall_device.stall_id, outcome: "needs_review", ...(open ? { resolution: null } : {}) },
    { order: { created_at: "DESC" }, take: 100 }
  )
  res.json({ reviews: transfers.map((t) => transferView(t, null)) })
}
