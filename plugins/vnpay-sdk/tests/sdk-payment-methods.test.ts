import { describe, expect, it } from "vitest"
import { isPaymentMethod, PAYMENT_METHODS, VNPay } from "../src/index.js"

describe("PAYMENT_METHODS", () => {
  it("lists VNPay's three methods in the order its page shows them", () => {
    expect(PAYMENT_METHODS).toEqual(["VNPAYQR", "VNBANK", "INTCARD"])
  })

  it("tells a method from a bank's code, another case or another type", () => {
    for (const method of PAYMENT_METHODS) expect(isPaymentMethod(method)).toBe(true)
    for (const other of ["NCB", "vnpayqr", "", null, undefined, 1, ["VNPAYQR"]])
      expect(isPaymentMethod(other)).toBe(false)
  })

  it("puts each method in a payment URL as vnp_BankCode", () => {
    const vnpay = new VNPay({
      tmnCode: "TESTTMN1",
      hashSecret: "TESTSECRETKEY0123456789ABCDEFGHIJ",
      environment: "sandbox",
    })
    for (const bankCode of PAYMENT_METHODS) {
      const { params } = vnpay.paymentUrls.create({
        amount: 150000,
        txnRef: "ORDER0001",
        orderInfo: "Thanh toan don hang ORDER0001",
        returnUrl: "https://example.com/vnpay/return",
        ipAddr: "127.0.0.1",
        bankCode,
        createDate: new Date("2025-01-01T05:00:00Z"),
      })
      expect(params.vnp_BankCode).toBe(bankCode)
    }
  })
})
