import type { FeedRow } from "../modules/market/service"
import type { FeedEventView, RequestView, TransferView } from "./views"

/** A stored feed row as the screens receive it (SSE data, polling answer). */
export function feedEventView(row: FeedRow): FeedEventView {
  const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as {
    request?: RequestView
    transfer?: TransferView
  }
  return {
    seq: Number(row.seq),
    type: row.type,
    at: new Date(row.created_at).toISOString(),
    ...(data.request ? { request: data.request } : {}),
    ...(data.transfer ? { transfer: data.transfer } : {}),
  }
}

export interface StallFeedMessage {
  stall_id: string
  event: FeedEventView
}

/** The event-bus messages for feed rows a workflow step wrote. */
export function feedMessages(rows: (FeedRow | null | undefined)[]): StallFeedMessage[] {
  return rows
    .filter((row): row is FeedRow => !!row)
    .map((row) => ({ stall_id: row.stall_id, event: feedEventView(row) }))
}
