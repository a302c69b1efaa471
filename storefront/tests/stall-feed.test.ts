import { describe, expect, it } from "vitest"
import {
  applyFeedEvent,
  initialView,
  parseFeedEvent,
  type RequestView,
  screenOf,
  withServerRequest,
  withServerView,
} from "~/lib/stall-feed"
import { feedEvent, paymentRequest, transfer } from "./stall-fixtures"

const waiting = (): RequestView => initialView(paymentRequest(), [], 10)
const paidRequest = paymentRequest({ status: "paid", paid_at: "2026-03-01T08:02:00.000Z" })

describe("the QR screen's state from the stall's events", () => {
  it("starts waiting, never paid", () => {
    expect(screenOf(waiting())).toBe("waiting")
  })

  it("turns green only on `paid` for THIS request", () => {
    const view = applyFeedEvent(waiting(), feedEvent(11, "paid", { request: paidRequest }))
    expect(screenOf(view)).toBe("paid")
    expect(view.request.spoken).toBe("Đã nhận hai trăm nghìn đồng, mã CS7K2QM")
    expect(view.seq).toBe(11)
  })

  it("ignores another request's payment (the stall's other phone)", () => {
    const other = paymentRequest({ id: "preq_2", reference: "CS9XYZ1", status: "paid" })
    const view = applyFeedEvent(waiting(), feedEvent(11, "paid", { request: other }))
    expect(screenOf(view)).toBe("waiting")
    expect(view.request.status).toBe("pending")
    expect(view.seq).toBe(11)
  })

  it("does not turn green on other event types carrying this request", () => {
    for (const type of ["review", "resolved"] as const) {
      const view = applyFeedEvent(waiting(), feedEvent(11, type, { request: paidRequest }))
      expect(screenOf(view), type).toBe("waiting")
    }
    // A `paid` event whose request is not paid is not a confirmation.
    expect(screenOf(applyFeedEvent(waiting(), feedEvent(11, "paid", { request: paymentRequest() })))).toBe("waiting")
  })

  it("shows amber for a transfer that arrived for this request but is not its payment, and keeps waiting", () => {
    const view = applyFeedEvent(waiting(), feedEvent(11, "review", { transfer: transfer() }))
    expect(screenOf(view)).toBe("review")
    expect(view.reviews.map((t) => t.amount)).toEqual([200])
    expect(view.request.status).toBe("pending")
    // …then the right amount arrives.
    expect(screenOf(applyFeedEvent(view, feedEvent(12, "paid", { request: paidRequest })))).toBe("paid")
  })

  it("ignores a review of another request's transfer; a resolved one leaves the banner", () => {
    const other = transfer({ id: "tr_2", request: { id: "preq_2", reference: "CS9XYZ1", amount: 50000 } })
    expect(screenOf(applyFeedEvent(waiting(), feedEvent(11, "review", { transfer: other })))).toBe("waiting")
    const amber = applyFeedEvent(waiting(), feedEvent(11, "review", { transfer: transfer() }))
    const resolved = applyFeedEvent(
      amber,
      feedEvent(12, "resolved", { transfer: transfer({ resolution: "returned", resolution_note: "trả lại" }) })
    )
    expect(screenOf(resolved)).toBe("waiting")
  })

  it("goes grey on expired or cancelled for this request, not for others, and never after paid", () => {
    expect(screenOf(applyFeedEvent(waiting(), feedEvent(11, "expired", { request: paymentRequest() })))).toBe("closed")
    expect(screenOf(applyFeedEvent(waiting(), feedEvent(11, "cancelled", { request: paymentRequest() })))).toBe(
      "closed"
    )
    const other = paymentRequest({ id: "preq_2" })
    expect(screenOf(applyFeedEvent(waiting(), feedEvent(11, "expired", { request: other })))).toBe("waiting")
    const paid = applyFeedEvent(waiting(), feedEvent(11, "paid", { request: paidRequest }))
    expect(screenOf(applyFeedEvent(paid, feedEvent(12, "expired", { request: paymentRequest() })))).toBe("paid")
  })

  it("a request read again from the server never un-pays, and only its own", () => {
    const paid = applyFeedEvent(waiting(), feedEvent(11, "paid", { request: paidRequest }))
    expect(screenOf(withServerRequest(paid, paymentRequest()))).toBe("paid")
    expect(screenOf(withServerRequest(waiting(), paidRequest))).toBe("paid")
    expect(screenOf(withServerRequest(waiting(), paymentRequest({ id: "preq_2", status: "paid" })))).toBe("waiting")
    expect(screenOf(withServerView(waiting(), paymentRequest(), [transfer()], 20))).toBe("review")
  })

  it("opens with the reviews already there for this request only", () => {
    const view = initialView(paymentRequest(), [transfer(), transfer({ id: "tr_3", request: null })], 3)
    expect(view.reviews.map((t) => t.id)).toEqual(["tr_1"])
  })

  it("reads events from the wire and refuses anything else", () => {
    const event = feedEvent(5, "paid", { request: paidRequest })
    expect(parseFeedEvent(JSON.stringify(event))).toEqual(event)
    expect(parseFeedEvent("not json")).toBeNull()
    expect(parseFeedEvent({ seq: 1, type: "hello" })).toBeNull()
    expect(parseFeedEvent({ type: "paid" })).toBeNull()
  })
})
