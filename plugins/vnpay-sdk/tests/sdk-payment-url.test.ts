import { describe, expect, it } from "vitest"
import {
  environmentFromUrl,
  fromVnpAmount,
  type PaymentUrlCreateParams,
  toVnpAmount,
  VNPay,
  VNPayInvalidRequestError,
} from "../src/index.js"

// The vector of /work/shared/STANDARDS.md (VNPay 2.1.0), through the public API.
const TMN = "TESTTMN1"
const SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ"
const EXPECTED =
  "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=15000000&vnp_BankCode=VNPAYQR&vnp_Command=pay&vnp_CreateDate=20250101120000&vnp_CurrCode=VND&vnp_ExpireDate=20250101121500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+ORDER0001&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fexample.com%2Fvnpay%2Freturn&vnp_TmnCode=TESTTMN1&vnp_TxnRef=ORDER0001&vnp_Version=2.1.0&vnp_SecureHash=bfa5d52f4754a4fbdf9e2cf59deec1317f3b42292afd98df30f92cbb6e4a7286fcaefe50948e5e79697e4ded25ccbc73c98360ead0bab4261fe80b25cf5d48dc"

const fetchMustNotBeCalled: typeof fetch = () => {
  throw new Error("no network call expected")
}
const vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "sandbox", fetch: fetchMustNotBeCalled })

const valid: PaymentUrlCreateParams = {
  amount: 150000,
  txnRef: "ORDER0001",
  orderInfo: "Thanh toan don hang ORDER0001",
  returnUrl: "https://example.com/vnpay/return",
  ipAddr: "127.0.0.1",
  locale: "vn",
  bankCode: "VNPAYQR",
  orderType: "other",
  createDate: new Date("2025-01-01T05:00:00Z"), // 20250101120000 in GMT+7
  expiresInMinutes: 15,
}

describe("paymentUrls.create", () => {
  it("reproduces the STANDARDS vector exactly", () => {
    const result = vnpay.paymentUrls.create(valid)
    expect(result.url).toBe(EXPECTED)
    expect(result.txnRef).toBe("ORDER0001")
    expect(result.amount).toBe(150000)
    expect(result.transactionDate).toBe("20250101120000")
    expect(result.createdAt.toISOString()).toBe("2025-01-01T05:00:00.000Z")
    expect(result.expiresAt.toISOString()).toBe("2025-01-01T05:15:00.000Z")
    expect(result.params.vnp_ExpireDate).toBe("20250101121500")
  })

  it("uses the defaults: locale vn, orderType other, 15 minutes, no bank code, no vnp_SecureHashType", () => {
    const { url, createdAt, expiresAt } = vnpay.paymentUrls.create({
      amount: 150000,
      txnRef: "ORDER0001",
      orderInfo: "Thanh toan don hang ORDER0001",
      returnUrl: "https://example.com/vnpay/return",
      ipAddr: "127.0.0.1",
    })
    const query = new URL(url).searchParams
    expect(query.get("vnp_Locale")).toBe("vn")
    expect(query.get("vnp_OrderType")).toBe("other")
    expect(query.has("vnp_BankCode")).toBe(false)
    expect(query.has("vnp_SecureHashType")).toBe(false)
    expect(expiresAt.getTime() - createdAt.getTime()).toBe(15 * 60_000)
    expect(Math.abs(createdAt.getTime() - Date.now())).toBeLessThan(5_000)
  })

  it("strips Vietnamese accents from orderInfo before signing", () => {
    const { url } = vnpay.paymentUrls.create({ ...valid, orderInfo: "Thanh toán đơn hàng ĐH-0001: rau củ" })
    expect(new URL(url).searchParams.get("vnp_OrderInfo")).toBe("Thanh toan don hang DH-0001: rau cu")
  })

  it("uses environment { baseUrl } and { paymentUrl, apiUrl }, and production's own host", () => {
    const local = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: "http://localhost:8090/" } })
    expect(local.paymentUrls.create(valid).url).toBe(
      EXPECTED.replace("https://sandbox.vnpayment.vn", "http://localhost:8090")
    )
    expect(local.environment.apiUrl).toBe("http://localhost:8090/merchant_webapi/api/transaction")
    const prod = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "production" })
    expect(prod.paymentUrls.create(valid).url.startsWith("https://pay.vnpay.vn/vpcpay.html?vnp_Amount=15000000&")).toBe(
      true
    )
    expect(prod.environment.apiUrl).toBe("https://merchant.vnpay.vn/merchant_webapi/api/transaction")
    const explicit = new VNPay({
      tmnCode: TMN,
      hashSecret: SECRET,
      environment: { paymentUrl: "https://a.test/pay", apiUrl: "https://b.test/api" },
    })
    expect(explicit.paymentUrls.create(valid).url.startsWith("https://a.test/pay?")).toBe(true)
    expect(explicit.environment.apiUrl).toBe("https://b.test/api")
  })

  it("rejects a bad environment or missing credentials", () => {
    expect(() => new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: "ftp://x" } })).toThrow(
      VNPayInvalidRequestError
    )
    expect(() => new VNPay({ tmnCode: "", hashSecret: SECRET, environment: "sandbox" })).toThrow(
      VNPayInvalidRequestError
    )
    expect(() => new VNPay({ tmnCode: TMN, hashSecret: "", environment: "sandbox" })).toThrow(VNPayInvalidRequestError)
    // @ts-expect-error an unknown environment name
    expect(() => new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "staging" })).toThrow(
      VNPayInvalidRequestError
    )
  })

  const invalid: Array<[string, Partial<Record<keyof PaymentUrlCreateParams, unknown>>, string]> = [
    ["amount 0", { amount: 0 }, "amount"],
    ["amount -1", { amount: -1 }, "amount"],
    ["amount 1.5", { amount: 1.5 }, "amount"],
    ["amount NaN", { amount: Number.NaN }, "amount"],
    ["amount 1e12", { amount: 1e12 }, "amount"],
    ["amount 4999 (below VNPay's 5,000)", { amount: 4999 }, "amount"],
    ["amount 1,000,000,000 (not below one billion)", { amount: 1_000_000_000 }, "amount"],
    ["amount as a string", { amount: "150000" }, "amount"],
    ["missing amount", { amount: undefined }, "amount"],
    ['txnRef "a b"', { txnRef: "a b" }, "txnRef"],
    ['txnRef "x\'; drop"', { txnRef: "x'; drop" }, "txnRef"],
    ["txnRef of 101 characters", { txnRef: "A".repeat(101) }, "txnRef"],
    ["empty txnRef", { txnRef: "" }, "txnRef"],
    ["txnRef with an accent", { txnRef: "ĐH1" }, "txnRef"],
    ["orderInfo with <script>", { orderInfo: "<script>alert(1)</script>" }, "orderInfo"],
    ["orderInfo with &", { orderInfo: "a&vnp_Amount=1" }, "orderInfo"],
    ["orderInfo of 256 characters", { orderInfo: "a".repeat(256) }, "orderInfo"],
    ["blank orderInfo", { orderInfo: "   " }, "orderInfo"],
    ["missing orderInfo", { orderInfo: undefined }, "orderInfo"],
    ['returnUrl "javascript:alert(1)"', { returnUrl: "javascript:alert(1)" }, "returnUrl"],
    ["relative returnUrl", { returnUrl: "/vnpay/return" }, "returnUrl"],
    ["missing ipAddr", { ipAddr: undefined }, "ipAddr"],
    ["ipAddr not an IP", { ipAddr: "localhost" }, "ipAddr"],
    ["ipAddr 256.1.1.1", { ipAddr: "256.1.1.1" }, "ipAddr"],
    ['locale "fr"', { locale: "fr" }, "locale"],
    ['bankCode "ncb;"', { bankCode: "ncb;" }, "bankCode"],
    ['orderType "a b"', { orderType: "a b" }, "orderType"],
    ["invalid createDate", { createDate: new Date("nope") }, "createDate"],
    ["expiresInMinutes 0", { expiresInMinutes: 0 }, "expiresInMinutes"],
    ["expiresInMinutes 1441", { expiresInMinutes: 1441 }, "expiresInMinutes"],
  ]

  it.each(invalid)("rejects %s with VNPayInvalidRequestError naming the param", (_label, change, param) => {
    const params = { ...valid, ...change } as PaymentUrlCreateParams
    let caught: unknown
    try {
      vnpay.paymentUrls.create(params)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(VNPayInvalidRequestError)
    expect((caught as VNPayInvalidRequestError).param).toBe(param)
  })

  it("accepts IPv6 addresses and the range's edges", () => {
    expect(() => vnpay.paymentUrls.create({ ...valid, ipAddr: "2001:db8::1" })).not.toThrow()
    expect(() => vnpay.paymentUrls.create({ ...valid, ipAddr: "::1" })).not.toThrow()
    expect(new URL(vnpay.paymentUrls.create({ ...valid, amount: 5000 }).url).searchParams.get("vnp_Amount")).toBe(
      "500000"
    )
    expect(
      new URL(vnpay.paymentUrls.create({ ...valid, amount: 999_999_999 }).url).searchParams.get("vnp_Amount")
    ).toBe("99999999900")
  })
})

describe("amount conversion", () => {
  it("multiplies and divides by 100 in one place", () => {
    expect(toVnpAmount(150000)).toBe(15000000)
    expect(fromVnpAmount("15000000")).toBe(150000)
    expect(fromVnpAmount(15000000)).toBe(150000)
    expect(() => fromVnpAmount("15000050")).toThrow(VNPayInvalidRequestError)
    expect(() => fromVnpAmount("1.5e7")).toThrow(VNPayInvalidRequestError)
    expect(() => toVnpAmount(1.5)).toThrow(VNPayInvalidRequestError)
  })
})

describe("environmentFromUrl", () => {
  it("derives the API URL from VNPay's vnp_Url", () => {
    expect(environmentFromUrl("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html")).toEqual({
      paymentUrl: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
      apiUrl: "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
    })
    expect(environmentFromUrl("http://localhost:8090/paymentv2/vpcpay.html")).toEqual({
      paymentUrl: "http://localhost:8090/paymentv2/vpcpay.html",
      apiUrl: "http://localhost:8090/merchant_webapi/api/transaction",
    })
    // Production's API is on another host than its payment page.
    expect(environmentFromUrl("https://pay.vnpay.vn/vpcpay.html")).toEqual({
      paymentUrl: "https://pay.vnpay.vn/vpcpay.html",
      apiUrl: "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
    })
    expect(() => environmentFromUrl("not a url")).toThrow(VNPayInvalidRequestError)
  })

  it("configures a working client", () => {
    const client = new VNPay({
      tmnCode: TMN,
      hashSecret: SECRET,
      environment: environmentFromUrl("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"),
    })
    expect(client.paymentUrls.create(valid).url).toBe(EXPECTED)
  })
})
