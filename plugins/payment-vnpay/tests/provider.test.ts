import { describe, expect, it } from "vitest"
import VNPayProviderService from "../src/providers/vnpay/service"

const options = {
  tmnCode: "TESTTMN1",
  hashSecret: "unit-test-secret-0123456789",
  paymentUrl: "http://127.0.0.1:9/paymentv2/vpcpay.html",
  returnUrl: "http://localhost:3000/thanh-toan/vnpay",
}
const logger = { error() {}, warn() {}, info() {}, debug() {} } as never
const attempt = {
  attempt_id: "vnpat_1",
  txn_ref: "CTEST0001",
  amount: 470000,
  payment_url: "http://127.0.0.1:9/paymentv2/vpcpay.html?vnp_TxnRef=CTEST0001",
  create_date: "20261201120000",
  expires_at: "2026-12-01T05:15:00.000Z",
}

describe("VNPay provider sessions", () => {
  const provider = new VNPayProviderService({ logger }, options)

  it("keeps only the recorded attempt's fields: caller data cannot set refunded_amount or transaction_no", async () => {
    const { id, data } = await provider.initiatePayment({
      amount: 470000,
      currency_code: "vnd",
      data: { attempt, refunded_amount: 470000, transaction_no: "99999999", amount: 1 },
    })
    expect(id).toBe("CTEST0001")
    expect(data).toEqual(attempt)
  })

  it("refuses a session without a recorded attempt, or for another amount", async () => {
    await expect(
      provider.initiatePayment({ amount: 470000, currency_code: "vnd", data: { txn_ref: "CFORGED" } })
    ).rejects.toThrow("/store/vnpay/payments")
    await expect(provider.initiatePayment({ amount: 520000, currency_code: "vnd", data: { attempt } })).rejects.toThrow(
      "470000"
    )
  })

  it("never changes a session", async () => {
    await expect(
      provider.updatePayment({ amount: 470000, currency_code: "vnd", data: { ...attempt, refunded_amount: 470000 } })
    ).rejects.toThrow("cannot be changed")
  })
})
