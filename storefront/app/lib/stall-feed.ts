/**
 * What the QR screen shows, from the server's answers and the stall's live events. Pure: the
 * page, the tests and the polling fallback share it. Only the SERVER's word turns the screen
 * green: a `paid` event for THIS request (or the request read back as paid).
 */
import type { FeedEventDTO, PaymentRequestDTO, TransferDTO } from "./stall-types"

export interface RequestView {
  request: PaymentRequestDTO
  /** Transfers that arrived for this request but are not its payment (wrong amount…), still open. */
  reviews: TransferDTO[]
  /** The last feed event seen. */
  seq: number
}

export type Screen = "waiting" | "review" | "paid" | "closed"

export function openReviewsFor(requestId: string, transfers: readonly TransferDTO[]): TransferDTO[] {
  return transfers.filter((t) => t.request?.id === requestId && t.resolution === null)
}

export function initialView(request: PaymentRequestDTO, transfers: readonly TransferDTO[], seq: number): RequestView {
  return { request, reviews: openReviewsFor(request.id, transfers), seq }
}

function withTransfer(reviews: TransferDTO[], transfer: TransferDTO): TransferDTO[] {
  const others = reviews.filter((t) => t.id !== transfer.id)
  return transfer.resolution === null ? [...others, transfer] : others
}

/** One feed event applied to the view; events for other requests change nothing but the position. */
export function applyFeedEvent(view: RequestView, event: FeedEventDTO): RequestView {
  const seq = Math.max(view.seq, Number.isFinite(event.seq) ? event.seq : 0)
  const id = view.request.id
  const ours = event.request?.id === id
  const paidAlready = view.request.status === "paid"
  switch (event.type) {
    case "paid":
      if (ours && event.request && event.request.status === "paid") {
        return { ...view, request: event.request, seq }
      }
      break
    case "expired":
    case "cancelled":
      if (ours && event.request && !paidAlready) {
        return { ...view, request: { ...event.request, status: event.type }, seq }
      }
      break
    case "review":
    case "resolved":
      if (event.transfer && (event.transfer.request?.id === id || ours)) {
        return { ...view, reviews: withTransfer(view.reviews, event.transfer), seq }
      }
      break
  }
  return { ...view, seq }
}

/** A request read again from the server (visibility change, no-JS refresh) never un-pays. */
export function withServerRequest(view: RequestView, request: PaymentRequestDTO): RequestView {
  if (request.id !== view.request.id || (view.request.status === "paid" && request.status !== "paid")) {
    return view
  }
  return { ...view, request }
}

export function screenOf(view: RequestView): Screen {
  const status = view.request.status
  if (status === "paid") {
    return "paid"
  }
  if (status === "expired" || status === "cancelled") {
    return "closed"
  }
  return view.reviews.length ? "review" : "waiting"
}

/** Milliseconds left → "9:59" (minutes:seconds, rounded up; "0:00" once over). */
export function formatCountdown(msLeft: number): string {
  const seconds = Number.isFinite(msLeft) && msLeft > 0 ? Math.ceil(msLeft / 1000) : 0
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`
}

export function msUntil(iso: string, now: number): number {
  const at = Date.parse(iso)
  return Number.isNaN(at) ? 0 : at - now
}

export const FEED_EVENT_TYPES = ["paid", "review", "cancelled", "expired", "resolved"] as const

/** A feed event from the wire (SSE `data:` or the JSON fallback), or null for anything else. */
export function parseFeedEvent(raw: unknown): FeedEventDTO | null {
  let value = raw
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw)
    } catch {
      return null
    }
  }
  if (!value || typeof value !== "object") {
    return null
  }
  const event = value as Partial<FeedEventDTO>
  if (typeof event.seq !== "number" || !(FEED_EVENT_TYPES as readonly string[]).includes(event.type ?? "")) {
    return null
  }
  return event as FeedEventDTO
}

/** The loader's fresh answer merged in: the server's request (never un-paid) and open reviews. */
export function withServerView(
  view: RequestView,
  request: PaymentRequestDTO,
  reviews: readonly TransferDTO[],
  seq: number
): RequestView {
  const next = withServerRequest(view, request)
  return { ...next, reviews: openReviewsFor(view.request.id, reviews), seq: Math.max(view.seq, seq) }
}
