import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { VNPay } from "vnpay"
import { formatVnpDate } from "../src/dates.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"
import { hashFields, signParams, verifyParams } from "../src/signing.js"

const TMN = "APITEST1"
const SECRET = "API-TEST-SECRET-ABCDEFGHIJ0123"

// Written out here, independently of src/sandbox, so a wrong order there fails these tests.
const QUERYDR_REQUEST = [
  "RequestId",
  "Version",
  "Command",
  "TmnCode",
  "TxnRef",
  "TransactionDate",
  "CreateDate",
  "IpAddr",
  "OrderInfo",
]
const REFUND_REQUEST = [
  "RequestId",
  "Version",
  "Command",
  "TmnCode",
  "TransactionType",
  "TxnRef",
  "Amount",
  "TransactionNo",
  "TransactionDate",
  "CreateBy",
  "CreateDate",
  "IpAddr",
  "OrderInfo",
]
const QUERYDR_RESPONSE = [
  "ResponseId",
  "Command",
  "ResponseCode",
  "Message",
  "TmnCode",
  "TxnRef",
  "Amount",
  "BankCode",
  "PayDate",
  "TransactionNo",
  "TransactionType",
  "TransactionStatus",
  "OrderInfo",
  "PromotionCode",
  "PromotionAmount",
]
const REFUND_RESPONSE = QUERYDR_RESPONSE.slice(0, 13)

type Body = Record<string, string>

let sandbox: Sandbox
let counter = 0
const newId = (prefix: string) => `${prefix}${Date.now()}${++counter}`

function signed(fields: Body, order: string[], secret = SECRET): Body {
  const body: Body = {}
  for (const [key, value] of Object.entries(fields)) body[`vnp_${key}`] = value
  body.vnp_SecureHash = hashFields(
    secret,
    order.map((key) => fields[key])
  )
  return body
}

async function post(body: Body | string): Promise<Body> {
  const response = await fetch(`${sandbox.url}/merchant_webapi/api/transaction`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Body
}

function responseVerifies(body: Body, order: string[]): boolean {
  return (
    body.vnp_SecureHash ===
    hashFields(
      SECRET,
      order.map((key) => body[`vnp_${key}`])
    )
  )
}

interface Payment {
  txnRef: string
  createDate: string
  transactionNo?: string
}

function paymentUrl(txnRef: string, createDate: string, amount = 15000000): string {
  const expire = formatVnpDate(new Date(Date.now() + 15 * 60_000))
  const { query } = signParams(
    {
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: TMN,
      vnp_Amount: amount,
      vnp_CurrCode: "VND",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: `Thanh toan ${txnRef}`,
      vnp_OrderType: "other",
      vnp_Locale: "vn",
      vnp_ReturnUrl: "https://shop.example/return",
      vnp_IpAddr: "127.0.0.1",
      vnp_CreateDate: createDate,
      vnp_ExpireDate: expire,
    },
    SECRET
  )
  return `${sandbox.url}/paymentv2/vpcpay.html?${query}`
}

/** Opens the payment page (pending) and, unless `result` is null, presses a button server-side. */
async function payment(result: "success" | "insufficient" | "cancel" | null = "success"): Promise<Payment> {
  const txnRef = newId("API")
  const createDate = formatVnpDate(new Date())
  const url = paymentUrl(txnRef, createDate)
  if (result === null) {
    expect((await fetch(url)).status).toBe(200)
    return { txnRef, createDate }
  }
  const response = await fetch(`${sandbox.url}/_sandbox/pay`, { method: "POST", body: JSON.stringify({ url, result }) })
  const { transactionNo } = (await response.json()) as { transactionNo: string }
  return { txnRef, createDate, transactionNo }
}

function querydr(p: Payment, overrides: Partial<Body> = {}, secret = SECRET): Body {
  const fields: Body = {
    RequestId: newId("Q"),
    Version: "2.1.0",
    Command: "querydr",
    TmnCode: TMN,
    TxnRef: p.txnRef,
    TransactionDate: p.createDate,
    CreateDate: formatVnpDate(new Date()),
    IpAddr: "127.0.0.1",
    OrderInfo: `Truy van ${p.txnRef}`,
    ...overrides,
  }
  return signed(fields, QUERYDR_REQUEST, secret)
}

function refund(p: Payment, type: "02" | "03", amount: number, overrides: Partial<Body> = {}): Body {
  const fields: Body = {
    RequestId: newId("R"),
    Version: "2.1.0",
    Command: "refund",
    TmnCode: TMN,
    TransactionType: type,
    TxnRef: p.txnRef,
    Amount: String(amount),
    TransactionNo: p.transactionNo ?? "",
    TransactionDate: p.createDate,
    CreateBy: "admin",
    CreateDate: formatVnpDate(new Date()),
    IpAddr: "127.0.0.1",
    OrderInfo: `Hoan tien ${p.txnRef}`,
    ...overrides,
  }
  return signed(fields, REFUND_REQUEST)
}

beforeAll(async () => {
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET })
})
afterAll(() => sandbox.close())

describe("querydr", () => {
  it("reports a payment whose page was opened but not completed as 01 (not completed)", async () => {
    const p = await payment(null)
    const body = await post(querydr(p))
    expect(body).toMatchObject({
      vnp_Command: "querydr",
      vnp_ResponseCode: "00",
      vnp_TxnRef: p.txnRef,
      vnp_TransactionStatus: "01",
      vnp_Amount: "15000000",
    })
    expect(responseVerifies(body, QUERYDR_RESPONSE)).toBe(true)
  })

  it("reports a paid transaction as 00 with its transaction number, amount, bank and pay date", async () => {
    const p = await payment("success")
    const body = await post(querydr(p))
    expect(body).toMatchObject({
      vnp_ResponseCode: "00",
      vnp_TmnCode: TMN,
      vnp_TransactionStatus: "00",
      vnp_TransactionNo: p.transactionNo,
      vnp_TransactionType: "01",
      vnp_Amount: "15000000",
      vnp_BankCode: "VNPAYQR",
      vnp_OrderInfo: `Thanh toan ${p.txnRef}`,
    })
    expect(body.vnp_PayDate).toMatch(/^\d{14}$/)
    expect(body.vnp_ResponseId).toMatch(/^\w{1,32}$/)
    expect(responseVerifies(body, QUERYDR_RESPONSE)).toBe(true)
    expect(responseVerifies({ ...body, vnp_TransactionStatus: "01" }, QUERYDR_RESPONSE)).toBe(false)
  })

  it("reports a failed payment as 02", async () => {
    const body = await post(querydr(await payment("insufficient")))
    expect(body).toMatchObject({ vnp_ResponseCode: "00", vnp_TransactionStatus: "02" })
  })

  it("answers a bad request hash with 97, still signed", async () => {
    const body = await post(querydr(await payment(), {}, "NOT-THE-SECRET"))
    expect(body.vnp_ResponseCode).toBe("97")
    expect(responseVerifies(body, QUERYDR_RESPONSE)).toBe(true)
    expect(body.vnp_TransactionStatus).toBeUndefined()
  })

  it("answers an unknown TxnRef, or the wrong TransactionDate, with 91", async () => {
    const p = await payment()
    expect((await post(querydr({ ...p, txnRef: "NO-SUCH-ORDER" }))).vnp_ResponseCode).toBe("91")
    expect((await post(querydr({ ...p, createDate: "20200101000000" }))).vnp_ResponseCode).toBe("91")
  })

  it("answers an unknown TmnCode with 02 and malformed requests with 03", async () => {
    const p = await payment()
    expect((await post(querydr(p, { TmnCode: "OTHERTMN" }))).vnp_ResponseCode).toBe("02")
    expect((await post("not json")).vnp_ResponseCode).toBe("03")
    expect((await post(querydr(p, { IpAddr: "" }))).vnp_ResponseCode).toBe("03")
    expect((await post(querydr(p, { Version: "2.0.1" }))).vnp_ResponseCode).toBe("03")
    expect((await post(querydr(p, { TransactionDate: "2025-01-01" }))).vnp_ResponseCode).toBe("03")
    expect((await post(querydr(p, { Command: "cancel" }))).vnp_ResponseCode).toBe("03")
  })

  it("answers a vnp_RequestId used again with 94", async () => {
    const first = await payment()
    const requestId = newId("DUP")
    expect((await post(querydr(first, { RequestId: requestId }))).vnp_ResponseCode).toBe("00")
    const second = await payment()
    const again = await post(querydr(second, { RequestId: requestId }))
    expect(again.vnp_ResponseCode).toBe("94")
    expect(responseVerifies(again, QUERYDR_RESPONSE)).toBe(true)
  })
})

describe("refund", () => {
  it("refunds partly, then the rest in full; refuses over-refunds; querydr shows 06", async () => {
    const p = await payment("success")
    const partial = await post(refund(p, "03", 5000000))
    expect(partial).toMatchObject({
      vnp_Command: "refund",
      vnp_ResponseCode: "00",
      vnp_TransactionType: "03",
      vnp_Amount: "5000000",
      vnp_TxnRef: p.txnRef,
      vnp_TransactionStatus: "05",
    })
    expect(partial.vnp_TransactionNo).toMatch(/^\d{8}$/)
    expect(responseVerifies(partial, REFUND_RESPONSE)).toBe(true)
    expect(responseVerifies({ ...partial, vnp_Amount: "50000" }, REFUND_RESPONSE)).toBe(false)

    expect((await post(querydr(p))).vnp_TransactionStatus).toBe("06")

    const over = await post(refund(p, "03", 12000000))
    expect(over.vnp_ResponseCode).toBe("95")
    expect(responseVerifies(over, REFUND_RESPONSE)).toBe(true)
    expect((await post(refund(p, "02", 15000000))).vnp_ResponseCode).toBe("95")

    const rest = await post(refund(p, "02", 10000000))
    expect(rest).toMatchObject({ vnp_ResponseCode: "00", vnp_TransactionType: "02", vnp_Amount: "10000000" })
    expect((await post(refund(p, "03", 100000))).vnp_ResponseCode).toBe("94")

    const recorded = sandbox.transactions().find((tx) => tx.txnRef === p.txnRef)
    expect(recorded?.refunds.map((r) => [r.transactionType, r.amount, r.status])).toEqual([
      ["03", 5000000, "06"],
      ["02", 10000000, "06"],
    ])
  })

  it("refunds in full in one go", async () => {
    const p = await payment("success")
    const full = await post(refund(p, "02", 15000000))
    expect(full).toMatchObject({ vnp_ResponseCode: "00", vnp_TransactionType: "02" })
    expect(responseVerifies(full, REFUND_RESPONSE)).toBe(true)
  })

  it("refuses to refund a payment that did not succeed (95) or does not exist (91)", async () => {
    expect((await post(refund(await payment("cancel"), "02", 15000000))).vnp_ResponseCode).toBe("95")
    expect((await post(refund(await payment(null), "02", 15000000))).vnp_ResponseCode).toBe("95")
    const p = await payment("success")
    expect((await post(refund({ ...p, txnRef: "NO-SUCH-ORDER" }, "02", 15000000))).vnp_ResponseCode).toBe("91")
    expect((await post(refund(p, "02", 15000000, { TransactionNo: "12345678" }))).vnp_ResponseCode).toBe("91")
  })

  it("checks the refund hash, the TransactionType and the amount format", async () => {
    const p = await payment("success")
    const tampered = { ...refund(p, "03", 100000), vnp_Amount: "15000000" }
    expect((await post(tampered)).vnp_ResponseCode).toBe("97")
    expect((await post(refund(p, "01" as "02", 100000))).vnp_ResponseCode).toBe("03")
    expect((await post(refund(p, "03", 100050))).vnp_ResponseCode).toBe("03")
    expect((await post(refund(p, "03", 1000000, { CreateBy: "" }))).vnp_ResponseCode).toBe("03")
  })

  it("answers a vnp_RequestId used again with 94", async () => {
    const p = await payment("success")
    const first = refund(p, "03", 1000000)
    expect((await post(first)).vnp_ResponseCode).toBe("00")
    expect((await post(first)).vnp_ResponseCode).toBe("94")
  })
})

describe("cross-check with the independent `vnpay` package (2.5.0)", () => {
  it("pays, verifies the return, queries and refunds against the sandbox", async () => {
    const vnpay = new VNPay({
      tmnCode: TMN,
      secureSecret: SECRET,
      vnpayHost: sandbox.url,
      queryDrAndRefundHost: sandbox.url,
    })
    const txnRef = newId("PEER")
    const createDate = Number(formatVnpDate(new Date()))
    const url = vnpay.buildPaymentUrl({
      vnp_Amount: 150000,
      vnp_IpAddr: "127.0.0.1",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: `Thanh toan ${txnRef}`,
      vnp_ReturnUrl: "https://shop.example/return",
      vnp_CreateDate: createDate,
      vnp_ExpireDate: Number(formatVnpDate(new Date(Date.now() + 15 * 60_000))),
    })
    expect(await (await fetch(url)).text()).toContain("150.000 ₫")
    const paid = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url, result: "success" }),
    })
    const { returnUrl } = (await paid.json()) as { returnUrl: string }
    const returned = Object.fromEntries(new URL(returnUrl).searchParams)
    expect(verifyParams(returned, SECRET)).toBe(true)
    const verified = vnpay.verifyReturnUrl(returned as unknown as Parameters<VNPay["verifyReturnUrl"]>[0])
    expect(verified).toMatchObject({ isVerified: true, isSuccess: true })

    const query = await vnpay.queryDr({
      vnp_RequestId: newId("PQ"),
      vnp_TxnRef: txnRef,
      vnp_TransactionDate: createDate,
      vnp_CreateDate: Number(formatVnpDate(new Date())),
      vnp_IpAddr: "127.0.0.1",
      vnp_OrderInfo: "Truy van",
      vnp_TransactionNo: Number(returned.vnp_TransactionNo),
    })
    expect(query).toMatchObject({
      isVerified: true,
      vnp_ResponseCode: "00",
      vnp_TransactionStatus: "00",
      vnp_TransactionNo: returned.vnp_TransactionNo,
    })

    const refunded = await vnpay.refund({
      vnp_RequestId: newId("PR"),
      vnp_TxnRef: txnRef,
      vnp_Amount: 50000,
      vnp_TransactionType: "03",
      vnp_TransactionDate: createDate,
      vnp_CreateDate: Number(formatVnpDate(new Date())),
      vnp_CreateBy: "admin",
      vnp_IpAddr: "127.0.0.1",
      vnp_OrderInfo: "Hoan tien",
      vnp_TransactionNo: Number(returned.vnp_TransactionNo),
    })
    // The refund request (hashed by `vnpay` over Amount × 100) is accepted...
    expect(refunded.vnp_ResponseCode).toBe("00")
    // ...but vnpay 2.5.0 divides vnp_Amount by 100 *before* hashing the response, so it cannot
    // verify a response whose vnp_Amount is in VNPay units (× 100, as in the request). Known
    // discrepancy of the peer, not of the sandbox: recomputed over the raw amount it verifies.
    expect(refunded.isVerified).toBe(false)
    const raw: Body = {
      ...(refunded as unknown as Body),
      vnp_Amount: String(Number(refunded.vnp_Amount) * 100),
      vnp_Message: "Refund Success",
    }
    expect(responseVerifies(raw, REFUND_RESPONSE)).toBe(true)
  })
})
