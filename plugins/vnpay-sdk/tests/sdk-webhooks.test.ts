import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  IPN_REPLIES,
  type IpnReplyCode,
  type PaymentEvent,
  RESPONSE_CODES,
  VNPay,
  VNPayInvalidRequestError,
  VNPaySignatureVerificationError,
} from "../src/index.js"

const TMN = "TESTTMN1"
const SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ"
const vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "sandbox" })
const PAY_DATE = new Date("2025-01-01T05:03:12Z") // 20250101120312 GMT+7

const signed = (overrides: Partial<Parameters<typeof vnpay.testHelpers.signedReturnQuery>[0]> = {}) =>
  vnpay.testHelpers.signedReturnQuery({
    txnRef: "ORDER0001",
    amount: 150000,
    transactionNo: "14226112",
    payDate: PAY_DATE,
    ...overrides,
  })

describe("testHelpers.signedReturnQuery", () => {
  it("is shaped like VNPay's return/IPN query and signed like it (checked independently)", () => {
    const query = signed()
    expect([...query.keys()]).toEqual([
      "vnp_Amount",
      "vnp_BankCode",
      "vnp_BankTranNo",
      "vnp_CardType",
      "vnp_OrderInfo",
      "vnp_PayDate",
      "vnp_ResponseCode",
      "vnp_TmnCode",
      "vnp_TransactionNo",
      "vnp_TransactionStatus",
      "vnp_TxnRef",
      "vnp_SecureHash",
    ])
    expect(Object.fromEntries(query)).toMatchObject({
      vnp_Amount: "15000000",
      vnp_BankCode: "NCB",
      vnp_BankTranNo: "VNP14226112",
      vnp_CardType: "ATM",
      vnp_OrderInfo: "Thanh toan don hang ORDER0001",
      vnp_PayDate: "20250101120312",
      vnp_ResponseCode: "00",
      vnp_TmnCode: TMN,
      vnp_TransactionNo: "14226112",
      vnp_TransactionStatus: "00",
      vnp_TxnRef: "ORDER0001",
    })
    // Independent re-computation: sorted keys, encodeURIComponent with spaces as "+", HMAC-SHA512.
    const entries = [...query].filter(([key]) => key !== "vnp_SecureHash").sort(([a], [b]) => (a < b ? -1 : 1))
    const data = entries.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%20/g, "+")}`).join("&")
    expect(query.get("vnp_SecureHash")).toBe(createHmac("sha512", SECRET).update(data).digest("hex"))
  })

  it("applies overrides (and removes fields set to undefined) under the signature", () => {
    const query = signed({ overrides: { vnp_CardType: undefined, vnp_Extra: "x" } })
    expect(query.has("vnp_CardType")).toBe(false)
    expect(query.get("vnp_Extra")).toBe("x")
    expect(vnpay.webhooks.constructEvent(query).cardType).toBeUndefined()
  })
})

describe("webhooks.constructEvent", () => {
  const expectEvent = (event: PaymentEvent) => {
    expect(event).toMatchObject({
      type: "payment.succeeded",
      txnRef: "ORDER0001",
      amount: 150000,
      succeeded: true,
      responseCode: "00",
      transactionStatus: "00",
      transactionNo: "14226112",
      bankCode: "NCB",
      bankTranNo: "VNP14226112",
      cardType: "ATM",
      orderInfo: "Thanh toan don hang ORDER0001",
      tmnCode: TMN,
      message: RESPONSE_CODES["00"],
    })
    expect(event.payDate?.toISOString()).toBe("2025-01-01T05:03:12.000Z")
    expect(event.raw.vnp_SecureHash).toMatch(/^[0-9a-f]{128}$/)
  }

  it("accepts URLSearchParams, a query string with or without '?', a full URL (string or URL) and a record", () => {
    const query = signed()
    const text = query.toString()
    expectEvent(vnpay.webhooks.constructEvent(query))
    expectEvent(vnpay.webhooks.constructEvent(text))
    expectEvent(vnpay.webhooks.constructEvent(`?${text}`))
    expectEvent(vnpay.webhooks.constructEvent(`https://shop.example/vnpay/return?${text}`))
    expectEvent(vnpay.webhooks.constructEvent(new URL(`https://shop.example/vnpay/ipn?${text}`)))
    expectEvent(vnpay.webhooks.constructEvent(Object.fromEntries(query)))
    // Express-style req.query, with a repeated key parsed as an array.
    expectEvent(vnpay.webhooks.constructEvent({ ...Object.fromEntries(query), utm: ["a", "b"] }))
  })

  it("requires both codes for success", () => {
    const cases: Array<[string, string, boolean]> = [
      ["00", "00", true],
      ["00", "01", false],
      ["00", "02", false],
      ["24", "00", false],
      ["24", "02", false],
      ["07", "07", false],
    ]
    for (const [responseCode, transactionStatus, succeeded] of cases) {
      const event = vnpay.webhooks.constructEvent(signed({ responseCode, transactionStatus }))
      expect(event.succeeded).toBe(succeeded)
      expect(event.type).toBe(succeeded ? "payment.succeeded" : "payment.failed")
      expect(event.responseCode).toBe(responseCode)
      expect(event.transactionStatus).toBe(transactionStatus)
    }
  })

  it("explains the response code in Vietnamese and English", () => {
    const cancelled = vnpay.webhooks.constructEvent(signed({ responseCode: "24", transactionStatus: "02" }))
    expect(cancelled.message).toEqual({ vi: "Khách hàng hủy giao dịch", en: "The customer cancelled the payment" })
    const unknown = vnpay.webhooks.constructEvent(signed({ responseCode: "42", transactionStatus: "02" }))
    expect(unknown.message).toEqual(RESPONSE_CODES["99"])
  })

  it("keeps the whole-VND amount and an absent pay date as null", () => {
    const event = vnpay.webhooks.constructEvent(signed({ amount: 999_999_999, overrides: { vnp_PayDate: undefined } }))
    expect(event.amount).toBe(999_999_999)
    expect(event.payDate).toBeNull()
  })

  it("throws VNPaySignatureVerificationError on a bad, missing or foreign signature", () => {
    const query = Object.fromEntries(signed())
    expect(() => vnpay.webhooks.constructEvent({ ...query, vnp_Amount: "1500000" })).toThrow(
      VNPaySignatureVerificationError
    )
    const { vnp_SecureHash: _hash, ...unsigned } = query
    expect(() => vnpay.webhooks.constructEvent(unsigned)).toThrow(VNPaySignatureVerificationError)
    expect(() => vnpay.webhooks.constructEvent("")).toThrow(VNPaySignatureVerificationError)
    const other = new VNPay({ tmnCode: TMN, hashSecret: "ANOTHERSECRET", environment: "sandbox" })
    expect(() => other.webhooks.constructEvent(query)).toThrow(VNPaySignatureVerificationError)
    // Correctly signed with our secret, but for another terminal.
    expect(() => vnpay.webhooks.constructEvent(signed({ tmnCode: "OTHERTMN" }))).toThrow(
      VNPaySignatureVerificationError
    )
  })

  it("accepts an upper-case hash and ignores vnp_SecureHashType, as VNPay's verification rule says", () => {
    const query = Object.fromEntries(signed())
    expect(
      vnpay.webhooks.constructEvent({ ...query, vnp_SecureHash: query.vnp_SecureHash.toUpperCase() }).succeeded
    ).toBe(true)
    expect(vnpay.webhooks.constructEvent({ ...query, vnp_SecureHashType: "HmacSHA512" }).succeeded).toBe(true)
  })

  it("throws VNPayInvalidRequestError for a signed query without a transaction reference", () => {
    expect(() => vnpay.webhooks.constructEvent(signed({ overrides: { vnp_TxnRef: undefined } }))).toThrow(
      VNPayInvalidRequestError
    )
  })
})

describe("ipn.reply", () => {
  it("answers the exact JSON body VNPay expects for each code", () => {
    const expected: Record<IpnReplyCode, string> = {
      "00": '{"RspCode":"00","Message":"Confirm Success"}',
      "01": '{"RspCode":"01","Message":"Order not found"}',
      "02": '{"RspCode":"02","Message":"Order already confirmed"}',
      "04": '{"RspCode":"04","Message":"invalid amount"}',
      "97": '{"RspCode":"97","Message":"Invalid signature"}',
      "99": '{"RspCode":"99","Message":"Unknow error"}',
    }
    for (const code of Object.keys(IPN_REPLIES) as IpnReplyCode[]) {
      const reply = vnpay.ipn.reply(code)
      expect(JSON.stringify(reply)).toBe(expected[code])
      expect(reply).toEqual({ RspCode: code, Message: IPN_REPLIES[code] })
    }
    expect(Object.keys(IPN_REPLIES).sort()).toEqual(Object.keys(expected).sort())
  })

  it("is typed to the six codes and rejects others at run time", () => {
    const ok: { RspCode: "00"; Message: "Confirm Success" } = vnpay.ipn.reply("00")
    expect(ok.Message).toBe("Confirm Success")
    // @ts-expect-error "03" is not an IPN reply code this SDK sends
    expect(() => vnpay.ipn.reply("03")).toThrow(VNPayInvalidRequestError)
  })

  it("drives a complete IPN handler in VNPay's order: signature → order → amount → pending", () => {
    const orders = new Map([["ORDER0001", { amount: 150000, status: "pending" as "pending" | "paid" | "failed" }]])
    const handle = (query: URLSearchParams | string) => {
      let event: PaymentEvent
      try {
        event = vnpay.webhooks.constructEvent(query)
      } catch (error) {
        return vnpay.ipn.reply(error instanceof VNPaySignatureVerificationError ? "97" : "99")
      }
      const order = orders.get(event.txnRef)
      if (!order) return vnpay.ipn.reply("01")
      if (order.amount !== event.amount) return vnpay.ipn.reply("04")
      if (order.status !== "pending") return vnpay.ipn.reply("02")
      order.status = event.succeeded ? "paid" : "failed"
      return vnpay.ipn.reply("00")
    }
    const tampered = signed().toString().replace("vnp_Amount=15000000", "vnp_Amount=20000")
    expect(handle(tampered).RspCode).toBe("97")
    expect(handle(signed({ txnRef: "ORDER9999" })).RspCode).toBe("01")
    expect(handle(signed({ amount: 200 })).RspCode).toBe("04")
    expect(handle(signed()).RspCode).toBe("00")
    expect(orders.get("ORDER0001")?.status).toBe("paid")
    expect(handle(signed()).RspCode).toBe("02")
  })
})
