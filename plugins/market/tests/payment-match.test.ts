import { describe, expect, it } from "vitest"
import { findReference, matchTransfer, type PendingRequest, type Transfer } from "../src/lib/payment-match"

const NOW = new Date("2026-12-04T08:00:00+07:00")
const LATER = new Date(NOW.getTime() + 10 * 60_000)
const request = (over: Partial<PendingRequest> = {}): PendingRequest => ({
  reference: "CS7K2Q",
  amount: 200_000,
  status: "pending",
  expires_at: LATER,
  account: "0071000123456",
  ...over,
})
const transfer = (over: Partial<Transfer> = {}): Transfer => ({
  direction: "in",
  account: "0071000123456",
  amount: 200_000,
  content: "CS7K2Q chuyen tien",
  received_at: NOW,
  ...over,
})

describe("matching a bank transfer to a stall's payment request", () => {
  it.each<[string, Partial<Transfer>, Partial<PendingRequest>, object]>([
    ["exact amount, account and reference", {}, {}, { outcome: "paid", reference: "CS7K2Q" }],
    ["the bank's own prefix and lower case", { content: "MBVCB.123.cs7k2q.CT tu 0123" }, {}, { outcome: "paid" }],
    [
      "to the stall's virtual sub-account",
      { account: "0000000000", sub_account: "0071000123456" },
      {},
      { outcome: "paid" },
    ],
    ["200 đ for a 200.000 đ request", { amount: 200 }, {}, { outcome: "needs_review", reason: "wrong_amount" }],
    ["one đồng more", { amount: 200_001 }, {}, { outcome: "needs_review", reason: "wrong_amount" }],
    [
      "a second transfer for a paid request",
      {},
      { status: "paid" },
      { outcome: "needs_review", reason: "already_paid" },
    ],
    [
      "after the request expired",
      { received_at: new Date(LATER.getTime() + 1) },
      {},
      { outcome: "needs_review", reason: "expired" },
    ],
    ["a request marked expired", {}, { status: "expired" }, { outcome: "needs_review", reason: "expired" }],
    ["a cancelled request", {}, { status: "cancelled" }, { outcome: "needs_review", reason: "not_pending" }],
    ["to another account", { account: "9999999999" }, {}, { outcome: "needs_review", reason: "wrong_account" }],
    [
      "no reference in the content",
      { content: "chuyen tien mua rau" },
      {},
      { outcome: "needs_review", reason: "unknown_reference", reference: null },
    ],
    ["an empty content", { content: "" }, {}, { outcome: "needs_review", reason: "no_reference", reference: null }],
    ["money going out", { direction: "out" }, {}, { outcome: "ignore" }],
  ])("%s", (_name, t, r, decision) => {
    expect(matchTransfer(transfer(t), [request(r)])).toMatchObject(decision)
  })

  it("finds the longest reference when one hides inside another", () => {
    expect(findReference("TT CS7K2QA9 cam on", ["CS7K2Q", "CS7K2QA9"])).toBe("CS7K2QA9")
    expect(findReference("Đơn cs-7k2q", ["CS7K2Q"])).toBe("CS7K2Q")
  })
})
