import type { MedusaResponse } from "@medusajs/framework/http"
import { feedEventView } from "../../../lib/feed"
import { feedHub } from "../../../lib/feed-hub"
import type { FeedEventView } from "../../../lib/views"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import type { StallRequest } from "../device-auth"
import { afterSeq } from "../feed-cursor"

const PING_MS = 20_000
/** A gap in the numbers (7 heard before 6): how long to wait before reading the stored feed. */
const GAP_WAIT_MS = 150
/** Reads of the store that may find a gap still open before the screen gets what follows it. */
const GAP_READS = 3
const FEED_PAGE = 200

function frame(event: FeedEventView): string {
  return `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`
}

/**
 * Server-sent events for this stall's screens: what the screen missed since Last-Event-ID from
 * the stored feed, then live events — each exactly once and in the stall's order (its events are
 * numbered without gaps; one heard early waits for those before it, read from the store if their
 * live message is late), so the id a screen reconnects with covers everything before it.
 */
export async function GET(req: StallRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const stallId = req.stall_device.stall_id
  let sent = afterSeq(req)
  let closed = false
  let reading = true
  let gapTimer: NodeJS.Timeout | null = null
  let gapReads = 0
  const waiting = new Map<number, FeedEventView>()

  const flush = () => {
    if (gapReads >= GAP_READS && waiting.size) {
      // Numbers are taken and written in one transaction, so this should not happen; if it
      // does, the screen must not wait for ever: go on from the next number heard.
      sent = Math.min(...waiting.keys()) - 1
    }
    if (waiting.has(sent + 1)) gapReads = 0
    while (waiting.has(sent + 1)) {
      const event = waiting.get(sent + 1)!
      waiting.delete(sent + 1)
      sent = event.seq
      res.write(frame(event))
    }
    if (waiting.size && !gapTimer && !closed) gapTimer = setTimeout(readStored, GAP_WAIT_MS)
  }
  const accept = (event: FeedEventView) => {
    if (event.seq > sent) waiting.set(event.seq, event)
    if (!reading) flush()
  }
  async function readStored() {
    gapTimer = null
    if (closed) return
    reading = true
    try {
      for (let page = await market.feedAfter(stallId, sent); ; page = await market.feedAfter(stallId, sent)) {
        for (const row of page) accept(feedEventView(row))
        reading = false
        flush()
        reading = true
        if (page.length < FEED_PAGE) break
      }
      if (waiting.size && !waiting.has(sent + 1)) gapReads += 1
      reading = false
      flush()
    } catch {
      // The database is unreachable: end the stream; the screen reconnects with its Last-Event-ID.
      closed = true
      res.end()
    }
  }

  const hub = feedHub(market.settings().redisUrl)
  const unsubscribe = hub.subscribe(stallId, accept)
  const ping = setInterval(() => res.write(": ping\n\n"), PING_MS)
  req.on("close", () => {
    closed = true
    clearInterval(ping)
    if (gapTimer) clearTimeout(gapTimer)
    unsubscribe()
  })
  res.status(200)
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache, no-transform")
  res.setHeader("Connection", "keep-alive")
  res.setHeader("X-Accel-Buffering", "no")
  res.flushHeaders()
  res.write("retry: 3000\n\n")
  // Hearing the shared channel before reading the backlog: nothing falls between the two.
  await hub.whenReady().catch(() => undefined)
  // An id from elsewhere (another database, a made-up one) must not mute the screen.
  sent = Math.min(sent, await market.lastSeq(stallId).catch(() => sent))
  await readStored()
}
