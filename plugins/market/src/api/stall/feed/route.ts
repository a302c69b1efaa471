import type { MedusaResponse } from "@medusajs/framework/http"
import { feedEventView } from "../../../lib/feed"
import { feedHub } from "../../../lib/feed-hub"
import type { FeedEventView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"
import { afterSeq } from "../feed-cursor"

const PING_MS = 20_000

function frame(event: FeedEventView): string {
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`
}

/**
 * Server-sent events for this stall's screens. Listens first, then sends what the screen missed
 * since Last-Event-ID from the stored feed, then live events — each exactly once, in order.
 */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const stallId = req.stall_device.stall_id
  let sent = afterSeq(req)
  let caughtUp = false
  const early: FeedEventView[] = []
  const send = (event: FeedEventView) => {
    if (event.seq <= sent) return
    sent = event.seq
    res.write(frame(event))
  }
  const hub = feedHub(market.settings().redisUrl)
  const unsubscribe = hub.subscribe(stallId, (event) => (caughtUp ? send(event) : early.push(event)))
  const ping = setInterval(() => res.write(": ping\n\n"), PING_MS)
  req.on("close", () => {
    clearInterval(ping)
    unsubscribe()
  })
  res.status(200)
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache, no-transform")
  res.setHeader("Connection", "keep-alive")
  res.setHeader("X-Accel-Buffering", "no")
  res.flushHeaders()
  res.write("retry: 3000\n\n")
  try {
    // Hearing the shared channel before reading the backlog: nothing falls between the two.
    await hub.whenReady()
    for (const row of await market.feedAfter(stallId, sent)) send(feedEventView(row))
  } finally {
    caughtUp = true
    early.sort((a, b) => a.seq - b.seq).forEach(send)
  }
}
