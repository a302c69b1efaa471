import type { MedusaResponse } from "@medusajs/framework/http"
import { startOfVietnamDay } from "../../../lib/vietnam-day"
import { requestView, transferView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"

/** Today's requests (Vietnam's day), open "cần kiểm tra" items, and the total actually paid. */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const stallId = req.stall_device.stall_id
  const [{ requests, reviews }, lastSeq] = await Promise.all([
    market.stallDay(stallId, startOfVietnamDay()),
    market.lastSeq(stallId),
  ])
  const paid = requests.filter((r) => r.status === "paid")
  const byId = new Map(requests.map((r) => [r.id, r]))
  res.json({
    requests: requests.map(requestView),
    reviews: reviews.map((t) => {
      const request = t.payment_request_id ? byId.get(t.payment_request_id) : undefined
      return transferView(
        t,
        request ? { id: request.id, reference: request.reference, amount: Number(request.amount) } : null
      )
    }),
    total_paid: paid.reduce((sum, r) => sum + Number(r.amount), 0),
    count_paid: paid.length,
    last_seq: lastSeq,
  })
}
