import { useEffect, useRef, useState } from "react"
import { FEED_EVENT_TYPES, parseFeedEvent } from "./stall-feed"
import { STALL_EVENTS_JSON, STALL_FEED, stallSignInPath } from "./stall-paths"
import type { FeedEventDTO } from "./stall-types"

/** After this many EventSource errors in a row the page polls instead. */
export const SSE_ERRORS_BEFORE_POLLING = 3
export const POLL_INTERVAL_MS = 3_000

export type FeedMode = "connecting" | "live" | "polling"

/**
 * The stall's events, live: an EventSource on `/ban-hang/su-kien` (the server's SSE, resumed from
 * `since`), or — when EventSource is missing or keeps failing — `/ban-hang/su-kien.json?after=`
 * every 3 s. `onEvent` gets each event once, in order.
 */
export function useStallFeed(since: number, onEvent: (event: FeedEventDTO) => void, enabled = true): FeedMode {
  const [mode, setMode] = useState<FeedMode>("connecting")
  const handler = useRef(onEvent)
  handler.current = onEvent
  const start = useRef(since)

  useEffect(() => {
    if (!enabled) {
      return
    }
    let seq = start.current
    let source: EventSource | null = null
    let timer: number | undefined
    let stopped = false
    let errors = 0

    const deliver = (event: FeedEventDTO | null) => {
      if (!event || event.seq <= seq) {
        return
      }
      seq = event.seq
      handler.current(event)
    }

    const poll = async () => {
      try {
        const response = await fetch(`${STALL_EVENTS_JSON}?after=${seq}`, {
          headers: { accept: "application/json" },
          credentials: "same-origin",
          cache: "no-store",
        })
        if (response.status === 401) {
          window.location.assign(stallSignInPath("expired"))
          return
        }
        if (response.ok) {
          const body = (await response.json()) as { events?: unknown[] }
          for (const raw of body.events ?? []) {
            deliver(parseFeedEvent(raw))
          }
        }
      } catch {
        // Weak network: the next round tries again.
      }
    }

    const startPolling = () => {
      if (stopped || timer !== undefined) {
        return
      }
      source?.close()
      source = null
      setMode("polling")
      void poll()
      timer = window.setInterval(() => void poll(), POLL_INTERVAL_MS)
    }

    if (typeof EventSource === "undefined") {
      startPolling()
    } else {
      source = new EventSource(`${STALL_FEED}?after=${seq}`)
      source.onopen = () => {
        errors = 0
        setMode("live")
      }
      source.onerror = () => {
        errors += 1
        // A closed source (e.g. a 401) does not retry by itself.
        if (errors >= SSE_ERRORS_BEFORE_POLLING || source?.readyState === EventSource.CLOSED) {
          startPolling()
        }
      }
      for (const type of FEED_EVENT_TYPES) {
        source.addEventListener(type, (message) => deliver(parseFeedEvent((message as MessageEvent<string>).data)))
      }
    }

    return () => {
      stopped = true
      source?.close()
      if (timer !== undefined) {
        window.clearInterval(timer)
      }
    }
  }, [enabled])

  return mode
}
