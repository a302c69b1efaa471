import { endStallSession, readStallToken } from "~/lib/stall.server"
import { openStallFeed } from "~/lib/stall-api.server"
import type { Route } from "./+types/events"

/** A feed position: the seq of the last event seen. */
const SEQ = /^\d{1,18}$/

function refused(status: number, setCookie?: string): Response {
  const headers = new Headers({ "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
  if (setCookie) {
    headers.set("Set-Cookie", setCookie)
  }
  return new Response(null, { status, headers })
}

/**
 * `GET /ban-hang/su-kien` — the stall's live events (Server-Sent Events) for the QR screen's
 * EventSource: the backend's `GET /stall/feed` streamed through unchanged, with this phone's device
 * token and the browser's position (its `Last-Event-ID` on a reconnect, else `?after=`). The
 * upstream request ends when the browser goes away.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const token = await readStallToken(request)
  if (!token) {
    // An EventSource stops on an answer that is not an event stream; the page falls back to polling, which signs in again.
    return refused(401)
  }
  const url = new URL(request.url)
  const lastEventId = request.headers.get("last-event-id")?.trim() ?? ""
  const after = url.searchParams.get("after")?.trim() ?? ""
  let upstream: Response
  try {
    upstream = await openStallFeed(
      token,
      {
        lastEventId: SEQ.test(lastEventId) ? lastEventId : null,
        after: !SEQ.test(lastEventId) && SEQ.test(after) ? after : null,
      },
      request.signal
    )
  } catch {
    return refused(request.signal.aborted ? 499 : 502)
  }
  if (upstream.status === 401) {
    await upstream.body?.cancel()
    return refused(401, await endStallSession())
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel()
    return refused(502)
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  })
}
