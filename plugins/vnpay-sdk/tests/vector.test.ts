import { describe, expect, it } from "vitest"
import { signParams, verifyParams } from "../src/signing.js"

// The vector of ../shared/STANDARDS.md (VNPay 2.1.0).
const SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ"
const EXPECTED =
  "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=15000000&vnp_BankCode=VNPAYQR&vnp_Command=pay&vnp_CreateDate=20250101120000&vnp_CurrCode=VND&vnp_ExpireDate=20250101121500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+ORDER0001&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fexample.com%2Fvnpay%2Freturn&vnp_TmnCode=TESTTMN1&vnp_TxnRef=ORDER0001&vnp_Version=2.1.0&vnp_SecureHash=bfa5d52f4754a4fbdf9e2cf59deec1317f3b42292afd98df30f92cbb6e4a7286fcaefe50948e5e79697e4ded25ccbc73c98360ead0bab4261fe80b25cf5d48dc"

describe("signing (STANDARDS.md vector)", () => {
  const params = {
    vnp_Version: "2.1.0",
    vnp_Command: "pay",
    vnp_TmnCode: "TESTTMN1",
    vnp_Amount: 15000000,
    vnp_CurrCode: "VND",
    vnp_TxnRef: "ORDER0001",
    vnp_OrderInfo: "Thanh toan don hang ORDER0001",
    vnp_OrderType: "other",
    vnp_Locale: "vn",
    vnp_ReturnUrl: "https://example.com/vnpay/return",
    vnp_IpAddr: "127.0.0.1",
    vnp_CreateDate: "20250101120000",
    vnp_ExpireDate: "20250101121500",
    vnp_BankCode: "VNPAYQR",
  }

  it("builds the exact signed query", () => {
    const { query } = signParams(params, SECRET)
    expect(`https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?${query}`).toBe(EXPECTED)
  })

  it("verifies the vector's query and rejects it with any field changed", () => {
    const query = Object.fromEntries(new URL(EXPECTED).searchParams)
    expect(verifyParams(query, SECRET)).toBe(true)
    expect(verifyParams({ ...query, vnp_Amount: "15000001" }, SECRET)).toBe(false)
    expect(verifyParams(query, `${SECRET}x`)).toBe(false)
  })
})
