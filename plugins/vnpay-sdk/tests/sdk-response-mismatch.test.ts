import { createHmac } from "node:crypto"
import { createServer, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { VNPay, VNPayAPIError, VNPayError, VNPayResponseMismatchError } from "../src/index.js"
import { QUERYDR_RESPONSE_ORDER, REFUND_RESPONSE_ORDER } from "./vnpay-response-orders.js"

// Correctly signed answers that answer another request than the one sent, from a real local server.
const TMN = "MISMATCH"
const SECRET = "MISMATCH-TEST-SECRET-0123456789"

type Body = Record<string, string>

/**
 * An answer to `request`, changed by `overrides` (undefined removes a field), then signed with the
 * hash order of the command that was *asked*, so that only the subject check can reject it.
 */
function signedAnswer(request: Body, overrides: Record<string, string | undefined>): Body {
  const answer: Record<string, string | undefined> = {
    vnp_ResponseId: "f00dfeed",
    vnp_Command: request.vnp_Command,
    vnp_ResponseCode: "00",
    vnp_Message: "Success",
    vnp_TmnCode: TMN,
    vnp_TxnRef: request.vnp_TxnRef,
    vnp_Amount: request.vnp_Amount ?? "15000000",
    vnp_BankCode: "NCB",
    vnp_PayDate: "20250101120312",
    vnp_TransactionNo: "14226112",
    vnp_TransactionType: request.vnp_TransactionType ?? "01",
    vnp_TransactionStatus: "00",
    vnp_OrderInfo: request.vnp_OrderInfo,
    ...overrides,
  }
  const body: Body = {}
  for (const [key, value] of Object.entries(answer)) if (value !== undefined) body[key] = value
  const order = request.vnp_Command === "refund" ? REFUND_RESPONSE_ORDER : QUERYDR_RESPONSE_ORDER
  body.vnp_SecureHash = createHmac("sha512", SECRET)
    .update(order.map((field) => body[field] ?? "").join("|"), "utf8")
    .digest("hex")
  return body
}

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})

/** A VNPay-like API on 127.0.0.1 that answers every request with `answer(request)`. */
async function vnpayApi(answer: (request: Body) => Body): Promise<{ vnpay: VNPay; hits: Body[] }> {
  const hits: Body[] = []
  const server = createServer((req, res: ServerResponse) => {
    let text = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => (text += chunk))
    req.on("end", () => {
      const request = JSON.parse(text) as Body
      hits.push(request)
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify(answer(request)))
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const vnpay = new VNPay({
    tmnCode: TMN,
    hashSecret: SECRET,
    environment: { baseUrl },
    maxNetworkRetries: 3,
    retryBaseDelayMs: 1,
  })
  return { vnpay, hits }
}

const retrieve = (vnpay: VNPay) =>
  vnpay.transactions.retrieve({ txnRef: "ORDER0001", transactionDate: "20250101120000", ipAddr: "127.0.0.1" })
const refund = (vnpay: VNPay) =>
  vnpay.refunds.create({
    txnRef: "ORDER0001",
    amount: 150000,
    type: "full",
    transactionNo: "14226112",
    transactionDate: "20250101120000",
    createdBy: "admin",
    ipAddr: "127.0.0.1",
  })

async function mismatch(call: Promise<unknown>): Promise<VNPayResponseMismatchError> {
  const error = await call.then(
    (result) => {
      throw new Error(`expected a VNPayResponseMismatchError, got a result: ${JSON.stringify(result)}`)
    },
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(VNPayResponseMismatchError)
  expect(error).toBeInstanceOf(VNPayError)
  return error as VNPayResponseMismatchError
}

describe("querydr: an answer about another request is never returned", () => {
  it("accepts an answer about the request's TxnRef and command (the control case)", async () => {
    const { vnpay } = await vnpayApi((request) => signedAnswer(request, {}))
    await expect(retrieve(vnpay)).resolves.toMatchObject({ txnRef: "ORDER0001", succeeded: true })
  })

  it("throws VNPayResponseMismatchError for a signed success about another vnp_TxnRef, and does not retry", async () => {
    const { vnpay, hits } = await vnpayApi((request) => signedAnswer(request, { vnp_TxnRef: "ORDER0002" }))
    const error = await mismatch(retrieve(vnpay))
    expect(error).toMatchObject({
      name: "VNPayResponseMismatchError",
      type: "VNPayResponseMismatchError",
      field: "vnp_TxnRef",
      expected: "ORDER0001",
      received: "ORDER0002",
      statusCode: 200,
    })
    expect((error.raw as Body).vnp_TxnRef).toBe("ORDER0002")
    expect(hits).toHaveLength(1)
  })

  it("throws for a signed answer to another command (a refund answer to a querydr)", async () => {
    const { vnpay } = await vnpayApi((request) => signedAnswer(request, { vnp_Command: "refund" }))
    expect(await mismatch(retrieve(vnpay))).toMatchObject({
      field: "vnp_Command",
      expected: "querydr",
      received: "refund",
    })
  })

  it("throws for a signed success that names no TxnRef or no command", async () => {
    const noRef = await vnpayApi((request) => signedAnswer(request, { vnp_TxnRef: undefined }))
    expect(await mismatch(retrieve(noRef.vnpay))).toMatchObject({ field: "vnp_TxnRef", received: "" })
    const noCommand = await vnpayApi((request) => signedAnswer(request, { vnp_Command: undefined }))
    expect(await mismatch(retrieve(noCommand.vnpay))).toMatchObject({ field: "vnp_Command", received: "" })
  })

  it("throws the mismatch, not the API error, for a signed error answer about another TxnRef", async () => {
    const { vnpay } = await vnpayApi((request) =>
      signedAnswer(request, { vnp_ResponseCode: "91", vnp_TxnRef: "ORDER0002" })
    )
    expect(await mismatch(retrieve(vnpay))).toMatchObject({ field: "vnp_TxnRef", received: "ORDER0002" })
  })

  it("still reports a signed error answer that names no TxnRef as VNPayAPIError", async () => {
    const { vnpay } = await vnpayApi((request) =>
      signedAnswer(request, { vnp_ResponseCode: "91", vnp_TxnRef: undefined })
    )
    await expect(retrieve(vnpay)).rejects.toSatisfy((e) => e instanceof VNPayAPIError && e.code === "91")
  })
})

describe("refund: an answer about another request is never returned", () => {
  it("accepts an answer about the request's TxnRef and command (the control case)", async () => {
    const { vnpay } = await vnpayApi((request) => signedAnswer(request, {}))
    await expect(refund(vnpay)).resolves.toMatchObject({ txnRef: "ORDER0001", amount: 150000 })
  })

  it("throws VNPayResponseMismatchError for a signed refund answer about another vnp_TxnRef", async () => {
    const { vnpay, hits } = await vnpayApi((request) =>
      signedAnswer(request, { vnp_TxnRef: "ORDER0002", vnp_TransactionStatus: "05" })
    )
    expect(await mismatch(refund(vnpay))).toMatchObject({
      field: "vnp_TxnRef",
      expected: "ORDER0001",
      received: "ORDER0002",
    })
    expect(hits).toHaveLength(1)
  })

  it("throws for a signed querydr answer to a refund request", async () => {
    const { vnpay } = await vnpayApi((request) => signedAnswer(request, { vnp_Command: "querydr" }))
    expect(await mismatch(refund(vnpay))).toMatchObject({
      field: "vnp_Command",
      expected: "refund",
      received: "querydr",
    })
  })

  it("throws for a signed refund success that names no TxnRef", async () => {
    const { vnpay } = await vnpayApi((request) => signedAnswer(request, { vnp_TxnRef: undefined }))
    expect(await mismatch(refund(vnpay))).toMatchObject({ field: "vnp_TxnRef", received: "" })
  })

  it("throws the mismatch, not the API error, for a signed refusal (95) about another TxnRef", async () => {
    const { vnpay } = await vnpayApi((request) =>
      signedAnswer(request, { vnp_ResponseCode: "95", vnp_TxnRef: "ORDER0002" })
    )
    expect(await mismatch(refund(vnpay))).toMatchObject({ field: "vnp_TxnRef", received: "ORDER0002" })
  })
})
