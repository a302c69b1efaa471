import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { formatVnpDate, parseVnpDate } from "../src/dates.js"
import { parseCliArgs } from "../src/sandbox/cli-args.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"
import { canonicalQuery, signParams, verifyParams } from "../src/signing.js"

// Payment URLs are built with signing.ts directly (independently of the client SDK).
const TMN = "TESTTMN1"
const SECRET = "SANDBOXTESTSECRET0123456789ABCDEF"
const RETURN_URL = "https://shop.example/vnpay/return"

let sandbox: Sandbox
let counter = 0
const newRef = () => `PAY${Date.now()}${++counter}`

function params(
  overrides: Record<string, string | number | undefined> = {}
): Record<string, string | number | undefined> {
  const now = new Date()
  return {
    vnp_Version: "2.1.0",
    vnp_Command: "pay",
    vnp_TmnCode: TMN,
    vnp_Amount: 15000000,
    vnp_CurrCode: "VND",
    vnp_TxnRef: newRef(),
    vnp_OrderInfo: "Thanh toan don hang",
    vnp_OrderType: "other",
    vnp_Locale: "vn",
    vnp_ReturnUrl: RETURN_URL,
    vnp_IpAddr: "127.0.0.1",
    vnp_CreateDate: formatVnpDate(now),
    vnp_ExpireDate: formatVnpDate(new Date(now.getTime() + 15 * 60_000)),
    ...overrides,
  }
}

const payUrl = (p: Record<string, string | number | undefined>, secret = SECRET) =>
  `${sandbox.url}/paymentv2/vpcpay.html?${signParams(p, secret).query}`

async function open(url: string): Promise<{ status: number; html: string; session?: string }> {
  const response = await fetch(url)
  const html = await response.text()
  return { status: response.status, html, session: /name="session" value="([0-9a-f]+)"/.exec(html)?.[1] }
}

async function confirm(session: string, result: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sandbox.url}/paymentv2/confirm`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ session, result, ...extra }).toString(),
    redirect: "manual",
  })
}

/** Opens a page and presses a button; returns the redirect's query as an object. */
async function payThroughPage(
  result: string,
  p = params()
): Promise<{ location: string; query: Record<string, string> }> {
  const page = await open(payUrl(p))
  expect(page.session, page.html).toBeDefined()
  const response = await confirm(page.session as string, result)
  expect(response.status).toBe(302)
  const location = response.headers.get("location") ?? ""
  return { location, query: Object.fromEntries(new URL(location).searchParams) }
}

const errorCode = (html: string) => /data-vnpay-error="([^"]+)"/.exec(html)?.[1]

beforeAll(async () => {
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, port: 0 })
})
afterAll(() => sandbox.close())

describe("payment page", () => {
  it("shows a valid payment URL as a payment page with the amount and the three outcome buttons", async () => {
    const p = params({ vnp_OrderInfo: "Thanh toan don hang DH42" })
    const page = await open(payUrl(p))
    expect(page.status).toBe(200)
    expect(errorCode(page.html)).toBeUndefined()
    expect(page.html).toContain("150.000 ₫")
    expect(page.html).toContain("Thanh toan don hang DH42")
    expect(page.html).toContain(String(p.vnp_TxnRef))
    expect(page.html).toContain(TMN)
    expect(page.html).toContain('action="/paymentv2/confirm"')
    for (const value of ["success", "insufficient", "cancel"]) {
      expect(page.html).toContain(`name="result" value="${value}"`)
    }
    expect(page.html).toContain("Thanh toán thành công")
    expect(page.html).toContain("Không đủ số dư")
    expect(page.html).toContain("Hủy giao dịch")
    expect(page.html).toMatch(/id="countdown"[^>]*>1[45]:\d\d</)
    // The form carries a session id, never the signed parameters; and nothing is loaded from outside.
    expect(page.session).toMatch(/^[0-9a-f]{32}$/)
    expect(page.html).not.toContain("vnp_SecureHash")
    expect(page.html).not.toMatch(/(src|href)="https?:/)
    expect(page.html).toContain('name="viewport"')
  })

  it("speaks English for vnp_Locale=en", async () => {
    const page = await open(payUrl(params({ vnp_Locale: "en" })))
    expect(page.html).toContain('lang="en"')
    expect(page.html).toContain("Payment succeeded")
    expect(page.html).toContain("Cancel payment")
  })

  it("shows the method vnp_BankCode asks for: a QR, a bank list, or card fields", async () => {
    const qr = await open(payUrl(params({ vnp_BankCode: "VNPAYQR" })))
    expect(qr.html).toContain("<svg")
    expect(qr.html).not.toContain('name="bank"')
    const bank = await open(payUrl(params({ vnp_BankCode: "VNBANK" })))
    expect(bank.html).toMatch(/<select[^>]*name="bank"/)
    for (const code of ["NCB", "VIETCOMBANK", "BIDV"]) expect(bank.html).toContain(`value="${code}"`)
    const card = await open(payUrl(params({ vnp_BankCode: "INTCARD" })))
    expect(card.html).toContain('name="card_number"')
    expect(card.html).toContain("4456530000001005")
    const all = await open(payUrl(params()))
    expect(all.html).toContain('value="VNPAYQR"')
    expect(all.html).toContain('value="VNBANK"')
    expect(all.html).toContain('value="INTCARD"')
  })

  it("accepts and ignores vnp_SecureHashType, as VNPay does in 2.1.0", async () => {
    const page = await open(`${payUrl(params())}&vnp_SecureHashType=HmacSHA512`)
    expect(errorCode(page.html)).toBeUndefined()
    expect(page.session).toBeDefined()
  })

  const now = Date.now()
  const cases: Array<[string, string, () => string]> = [
    ["a signature made with another secret", "70", () => payUrl(params(), "WRONGSECRET")],
    [
      "a parameter changed after signing",
      "70",
      () => payUrl(params()).replace("vnp_Amount=15000000", "vnp_Amount=100000"),
    ],
    ["no vnp_SecureHash", "70", () => `${sandbox.url}/paymentv2/vpcpay.html?${canonicalQuery(params())}`],
    ["an unknown vnp_TmnCode", "02", () => payUrl(params({ vnp_TmnCode: "OTHERTMN" }))],
    ["vnp_Version 2.0.1", "03", () => payUrl(params({ vnp_Version: "2.0.1" }))],
    ["vnp_Command other than pay", "03", () => payUrl(params({ vnp_Command: "genqr" }))],
    ["an amount that is not a multiple of 100", "03", () => payUrl(params({ vnp_Amount: 15000050 }))],
    ["a negative amount", "03", () => payUrl(params({ vnp_Amount: -15000000 }))],
    ["an amount under 5,000 VND", "03", () => payUrl(params({ vnp_Amount: 100000 }))],
    ["vnp_CurrCode USD", "03", () => payUrl(params({ vnp_CurrCode: "USD" }))],
    ["no vnp_OrderInfo", "03", () => payUrl(params({ vnp_OrderInfo: undefined }))],
    ["no vnp_OrderType", "03", () => payUrl(params({ vnp_OrderType: undefined }))],
    ["vnp_Locale fr", "03", () => payUrl(params({ vnp_Locale: "fr" }))],
    ["an ftp return URL", "03", () => payUrl(params({ vnp_ReturnUrl: "ftp://shop.example/return" }))],
    ["no vnp_IpAddr", "03", () => payUrl(params({ vnp_IpAddr: undefined }))],
    ["an impossible vnp_CreateDate", "03", () => payUrl(params({ vnp_CreateDate: "20250230120000" }))],
    ["no vnp_ExpireDate", "03", () => payUrl(params({ vnp_ExpireDate: undefined }))],
    [
      "a vnp_ExpireDate in the past",
      "11",
      () =>
        payUrl(
          params({
            vnp_CreateDate: formatVnpDate(new Date(now - 30 * 60_000)),
            vnp_ExpireDate: formatVnpDate(new Date(now - 15 * 60_000)),
          })
        ),
    ],
  ]
  it.each(cases)("answers %s with VNPay's error page (code %s)", async (_name, code, url) => {
    const page = await open(url())
    expect(page.status).toBe(200)
    expect(errorCode(page.html)).toBe(code)
    expect(page.html).toContain(`id="vnpay-error-code">${code}<`)
    expect(page.html).not.toContain('name="result"')
  })

  it("names the Vietnamese and English messages on the error page", async () => {
    const bad = await open(payUrl(params(), "WRONGSECRET"))
    expect(bad.html).toContain("Sai chữ ký")
    expect(bad.html).toContain("Invalid signature")
    const expired = await open(payUrl(params({ vnp_CreateDate: "20200101120000", vnp_ExpireDate: "20200101121500" })))
    expect(expired.html).toContain("Giao dịch đã quá thời gian chờ thanh toán")
    const unknown = await open(payUrl(params({ vnp_TmnCode: "OTHERTMN" })))
    expect(unknown.html).toContain("Website này chưa được phê duyệt")
  })
})

describe("confirm → return URL", () => {
  it("success: 302 to the return URL with a signed query (00/00) in VNPay's canonical encoding", async () => {
    const p = params({ vnp_BankCode: "VNBANK" })
    const { location, query } = await payThroughPage("success", p)
    expect(location.startsWith(`${RETURN_URL}?vnp_Amount=`)).toBe(true)
    expect(verifyParams(query, SECRET)).toBe(true)
    expect(verifyParams(query, `${SECRET}x`)).toBe(false)
    expect(verifyParams({ ...query, vnp_ResponseCode: "24" }, SECRET)).toBe(false)
    const { vnp_SecureHash: _hash, ...unsigned } = query
    expect(location.slice(RETURN_URL.length + 1)).toBe(
      `${canonicalQuery(unsigned)}&vnp_SecureHash=${query.vnp_SecureHash}`
    )
    expect(query).toMatchObject({
      vnp_Amount: "15000000",
      vnp_ResponseCode: "00",
      vnp_TransactionStatus: "00",
      vnp_TmnCode: TMN,
      vnp_TxnRef: String(p.vnp_TxnRef),
      vnp_OrderInfo: "Thanh toan don hang",
      vnp_BankCode: "NCB",
      vnp_CardType: "ATM",
    })
    expect(query.vnp_TransactionNo).toMatch(/^\d{8}$/)
    expect(query.vnp_BankTranNo).toBe(`VNP${query.vnp_TransactionNo}`)
    expect(parseVnpDate(query.vnp_PayDate)).not.toBeNull()
    expect(Object.keys(query).every((key) => key.startsWith("vnp_"))).toBe(true)
  })

  it("insufficient balance: 51 / 02", async () => {
    const { query } = await payThroughPage("insufficient")
    expect(verifyParams(query, SECRET)).toBe(true)
    expect(query.vnp_ResponseCode).toBe("51")
    expect(query.vnp_TransactionStatus).toBe("02")
  })

  it("cancel: 24 / 02 with vnp_TransactionNo 0 and a PayDate", async () => {
    const { query } = await payThroughPage("cancel")
    expect(verifyParams(query, SECRET)).toBe(true)
    expect(query.vnp_ResponseCode).toBe("24")
    expect(query.vnp_TransactionStatus).toBe("02")
    expect(query.vnp_TransactionNo).toBe("0")
    expect(parseVnpDate(query.vnp_PayDate)).not.toBeNull()
  })

  it("names the card type by method: QR code and international card", async () => {
    const qr = await payThroughPage("success", params({ vnp_BankCode: "VNPAYQR" }))
    expect(qr.query).toMatchObject({ vnp_BankCode: "VNPAYQR", vnp_CardType: "QRCODE" })
    const card = await payThroughPage("success", params({ vnp_BankCode: "INTCARD" }))
    expect(card.query.vnp_CardType).toBe("CREDIT")
  })

  it("keeps a query already in the return URL and still verifies", async () => {
    const { location, query } = await payThroughPage(
      "success",
      params({ vnp_ReturnUrl: "https://shop.example/return?order=42" })
    )
    expect(location.startsWith("https://shop.example/return?order=42&vnp_Amount=")).toBe(true)
    expect(query.order).toBe("42")
    expect(verifyParams(query, SECRET)).toBe(true)
  })

  it("gives increasing, unique 8-digit transaction numbers", async () => {
    const first = await payThroughPage("success")
    const second = await payThroughPage("insufficient")
    expect(Number(second.query.vnp_TransactionNo)).toBeGreaterThan(Number(first.query.vnp_TransactionNo))
  })

  it("refuses a TxnRef that was already paid (code 01) but lets a failed one be retried", async () => {
    const paid = params()
    await payThroughPage("success", paid)
    expect(errorCode((await open(payUrl({ ...paid, vnp_CreateDate: formatVnpDate(new Date()) }))).html)).toBe("01")
    const failed = params()
    await payThroughPage("cancel", failed)
    const retry = await open(payUrl(failed))
    expect(retry.session).toBeDefined()
  })

  it("uses a page session once", async () => {
    const page = await open(payUrl(params()))
    expect((await confirm(page.session as string, "success")).status).toBe(302)
    const again = await confirm(page.session as string, "success")
    expect(again.status).toBe(200)
    expect(errorCode(await again.text())).toBeDefined()
    const unknown = await confirm("0".repeat(32), "success")
    expect(errorCode(await unknown.text())).toBe("03")
  })

  it("rejects an unknown result value", async () => {
    const page = await open(payUrl(params()))
    const response = await confirm(page.session as string, "maybe")
    expect(errorCode(await response.text())).toBe("03")
  })

  it("shows the timeout page when the customer confirms after vnp_ExpireDate", async () => {
    const now = new Date()
    const page = await open(
      payUrl(
        params({ vnp_CreateDate: formatVnpDate(now), vnp_ExpireDate: formatVnpDate(new Date(now.getTime() + 1500)) })
      )
    )
    expect(page.session).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const response = await confirm(page.session as string, "success")
    expect(response.status).toBe(200)
    expect(errorCode(await response.text())).toBe("11")
  })
})

describe("/_sandbox control endpoints", () => {
  it("pays without a browser via POST /_sandbox/pay", async () => {
    const p = params()
    const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: payUrl(p), result: "success" }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { returnUrl: string; txnRef: string; transactionNo: string }
    expect(body.txnRef).toBe(p.vnp_TxnRef)
    const query = Object.fromEntries(new URL(body.returnUrl).searchParams)
    expect(verifyParams(query, SECRET)).toBe(true)
    expect(query.vnp_ResponseCode).toBe("00")
    expect(query.vnp_TransactionNo).toBe(body.transactionNo)
  })

  it("reports validation errors of /_sandbox/pay as JSON 400 with VNPay's code", async () => {
    const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url: payUrl(params(), "WRONG"), result: "success" }),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("70")
    const malformed = await fetch(`${sandbox.url}/_sandbox/pay`, { method: "POST", body: "{}" })
    expect(malformed.status).toBe(400)
  })

  it("serves health, the transactions and IPN settings", async () => {
    const health = (await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as { ok: boolean; tmnCode: string }
    expect(health).toMatchObject({ ok: true, tmnCode: TMN })
    expect(JSON.stringify(health)).not.toContain(SECRET)
    const p = params()
    await payThroughPage("success", p)
    const list = (await (await fetch(`${sandbox.url}/_sandbox/transactions`)).json()) as Array<{
      txnRef: string
      state: string
    }>
    expect(list.find((tx) => tx.txnRef === p.vnp_TxnRef)?.state).toBe("paid")
    const one = await fetch(`${sandbox.url}/_sandbox/transactions/${encodeURIComponent(String(p.vnp_TxnRef))}`)
    expect(((await one.json()) as { transactionStatus: string }).transactionStatus).toBe("00")
    expect((await fetch(`${sandbox.url}/_sandbox/transactions/NOPE`)).status).toBe(404)
    const config = await fetch(`${sandbox.url}/_sandbox/config`, {
      method: "POST",
      body: JSON.stringify({ mode: "lost", retryDelayMs: 5 }),
    })
    expect(((await config.json()) as { ipn: { mode: string; retryDelayMs: number } }).ipn).toMatchObject({
      mode: "lost",
      retryDelayMs: 5,
    })
    expect((await fetch(`${sandbox.url}/_sandbox/config`, { method: "POST", body: "nope" })).status).toBe(400)
    expect(sandbox.transactions().find((tx) => tx.txnRef === p.vnp_TxnRef)?.amount).toBe(15000000)
    expect((await fetch(`${sandbox.url}/nothing-here`)).status).toBe(404)
  })
})

describe("vnpay-sandbox CLI arguments", () => {
  it("reads flags over environment variables, with port 8090 by default", () => {
    const fromEnv = parseCliArgs([], {
      VNPAY_TMN_CODE: "ENVTMN01",
      VNPAY_HASH_SECRET: "s",
      VNPAY_IPN_URL: "http://localhost:9000/ipn",
    })
    expect(fromEnv).toMatchObject({
      help: false,
      options: { tmnCode: "ENVTMN01", port: 8090, ipnUrl: "http://localhost:9000/ipn", ipn: { mode: "normal" } },
    })
    const flags = parseCliArgs(
      ["--port", "8095", "--tmn-code=FLAGTMN1", "--hash-secret", "x", "--ipn-mode", "duplicate"],
      {
        VNPAY_TMN_CODE: "ENVTMN01",
        VNPAY_SANDBOX_PORT: "9999",
      }
    )
    expect(flags).toMatchObject({
      options: { tmnCode: "FLAGTMN1", port: 8095, hashSecret: "x", ipn: { mode: "duplicate" } },
    })
  })

  it("rejects missing credentials, bad modes and unknown flags", () => {
    expect(parseCliArgs([], {})).toHaveProperty("error")
    expect(parseCliArgs(["--tmn-code", "A", "--hash-secret", "b", "--ipn-mode", "sometimes"], {})).toHaveProperty(
      "error"
    )
    expect(parseCliArgs(["--tmn-code", "A", "--hash-secret", "b", "--prot", "1"], {})).toHaveProperty("error")
    expect(parseCliArgs(["--help"], {})).toEqual({ help: true })
  })
})
