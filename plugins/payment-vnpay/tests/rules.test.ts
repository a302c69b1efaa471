import { describe, expect, it } from "vitest"
import { classifyOutcome, outcomeMayReplace, reviewReason } from "../src/lib/attempt-status"
import { type CompletionFacts, decideCompletion, reasonFromCompletionError } from "../src/lib/completion-rules"
import { refundProgress } from "../src/lib/refund-status"
import { returnState } from "../src/lib/return-state"
import { newCartTxnRef } from "../src/lib/txn-ref"

const VNPAY = "pp_vnpay_vnpay"

function facts(patch: Partial<CompletionFacts> = {}): CompletionFacts {
  return {
    attempt: { txn_ref: "CPAID", amount: 470000, status: "paid" },
    cart: { completed_at: null, amount: 470000, sessions: [{ id: "payses_1", provider_id: VNPAY, txn_ref: "CPAID" }] },
    order: null,
    vnpayProviderId: VNPAY,
    ...patch,
  }
}

describe("classifyOutcome", () => {
  it.each([
    ["00", "00", "paid"],
    ["24", "02", "failed"],
    ["51", "02", "failed"],
    ["00", "01", "unfinished"],
    ["00", "04", "review"],
    ["07", "07", "review"],
    ["07", "00", "review"],
  ] as const)("ResponseCode %s / TransactionStatus %s → %s", (response, status, kind) => {
    expect(classifyOutcome(response, status)).toBe(kind)
  })

  it("names why a payment is under review", () => {
    expect(reviewReason("00", "04")).toBe("reversed")
    expect(reviewReason("07", "07")).toBe("suspected_fraud")
  })

  it("lets a success replace a recorded failure or review, but a failure replace only pending", () => {
    expect(outcomeMayReplace("paid")).toEqual(["pending", "failed", "review"])
    expect(outcomeMayReplace("failed")).toEqual(["pending"])
    expect(outcomeMayReplace("review")).toEqual(["pending"])
  })
})

describe("decideCompletion", () => {
  it("completes with the attempt's own session", () => {
    expect(decideCompletion(facts())).toEqual({ action: "complete", session_id: "payses_1" })
  })

  it("binds the paid attempt anew when another VNPay attempt for the same amount replaced it", () => {
    const cart = {
      completed_at: null,
      amount: 470000,
      sessions: [{ id: "payses_2", provider_id: VNPAY, txn_ref: "COTHER" }],
    }
    expect(decideCompletion(facts({ cart }))).toEqual({ action: "rebind" })
    expect(decideCompletion(facts({ cart: { ...cart, sessions: [] } }))).toEqual({ action: "rebind" })
  })

  it("refunds when the cart total changed", () => {
    const cart = { completed_at: null, amount: 650000, sessions: [] }
    expect(decideCompletion(facts({ cart }))).toEqual({ action: "refund", reason: "cart_changed" })
  })

  it("refunds when the shopper chose another payment method", () => {
    const cart = {
      completed_at: null,
      amount: 470000,
      sessions: [{ id: "payses_3", provider_id: "pp_system_default" }],
    }
    expect(decideCompletion(facts({ cart }))).toEqual({ action: "refund", reason: "payment_method_changed" })
  })

  it("refunds when the cart is gone or already an order paid by something else", () => {
    expect(decideCompletion(facts({ cart: null }))).toEqual({ action: "refund", reason: "cart_gone" })
    expect(decideCompletion(facts({ order: { id: "order_1", txn_refs: ["COTHER"] } }))).toEqual({
      action: "refund",
      reason: "cart_completed",
    })
    const completedCart = { completed_at: new Date(), amount: 470000, sessions: [] }
    expect(decideCompletion(facts({ cart: completedCart }))).toEqual({ action: "refund", reason: "cart_completed" })
  })

  it("records the order this attempt already made (a crash after the order, before the record)", () => {
    expect(decideCompletion(facts({ order: { id: "order_1", txn_refs: ["CPAID"] } }))).toEqual({
      action: "record_order",
      order_id: "order_1",
    })
  })

  it("does nothing for an attempt that is not paid (already completed or refunding)", () => {
    expect(decideCompletion(facts({ attempt: { txn_ref: "CPAID", amount: 470000, status: "completed" } }))).toEqual({
      action: "skip",
    })
  })

  it("tells stock refusals from other refusals", () => {
    expect(reasonFromCompletionError("Some variant does not have the required inventory")).toBe("out_of_stock")
    expect(reasonFromCompletionError("Địa chỉ không hợp lệ")).toBe("cannot_complete")
  })
})

describe("refundProgress", () => {
  it("calls a refund done only when VNPay sent it to the bank (06)", () => {
    expect(refundProgress("06")).toEqual({ to: "refunded" })
    expect(refundProgress("05")).toEqual({ to: "refunding" })
    expect(refundProgress("09")).toEqual({ to: "refund_failed", reason: "refund_rejected" })
    expect(refundProgress("00")).toBeNull()
  })
})

describe("returnState", () => {
  const success = { succeeded: true, responseCode: "00" }
  it("never says paid before the server recorded it", () => {
    expect(returnState({ status: "pending" }, success).status).toBe("pending")
    expect(returnState({ status: "paid", response_code: "00" }, success)).toMatchObject({
      status: "paid",
      order_id: null,
    })
    expect(returnState({ status: "completed", order_id: "order_1" }, success)).toMatchObject({
      status: "paid",
      order_id: "order_1",
    })
  })

  it("shows a failure seen at VNPay before its IPN, and refunds and reviews as they are", () => {
    expect(returnState({ status: "pending" }, { succeeded: false, responseCode: "24" })).toMatchObject({
      status: "failed",
      response_code: "24",
    })
    expect(returnState({ status: "refunding", reason: "cart_changed" }, success)).toMatchObject({
      status: "refund",
      refund_status: "refunding",
      reason: "cart_changed",
    })
    expect(returnState({ status: "refunded" }, success).refund_status).toBe("refunded")
    expect(returnState({ status: "review", reason: "reversed" }, success)).toMatchObject({
      status: "review",
      reason: "reversed",
    })
  })
})

describe("newCartTxnRef", () => {
  it("is unique, VNPay-safe and short", () => {
    const refs = new Set(Array.from({ length: 10_000 }, () => newCartTxnRef()))
    expect(refs.size).toBe(10_000)
    for (const ref of [...refs].slice(0, 100)) {
      expect(ref).toMatch(/^C[0-9A-Z]{8,9}[0-9A-HJKMNP-TV-Z]{10}$/)
      expect(ref.length).toBeLessThanOrEqual(20)
    }
  })
})
