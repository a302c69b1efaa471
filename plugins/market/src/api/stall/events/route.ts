import type { MedusaResponse } from "@medusajs/framework/http"
import { feedEventView } from "../../../lib/feed"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"
import { afterSeq } from "../feed-cursor"

/** The polling fallback of /stall/feed: events after `?after=`. */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const rows = await market.feedAfter(req.stall_device.stall_id, afterSeq(req))
  const events = rows.map(feedEventView)
  res.setHeader("Cache-Control", "no-store")
  res.json({ events, last_seq: events.at(-1)?.seq ?? afterSeq(req) })
}
