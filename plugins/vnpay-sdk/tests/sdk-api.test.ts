import { createHmac } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it, vi } from "vitest"
import { HashAlgorithm, VNPay as PeerVNPay, VnpTransactionType } from "vnpay"
import { retryDelay } from "../src/http.js"
import {
  API_RESPONSE_CODES,
  VNPay,
  VNPayAPIError,
  type VNPayConfig,
  VNPayConnectionError,
  VNPayInvalidRequestError,
  VNPaySignatureVerificationError,
} from "../src/index.js"
import { QUERYDR_RESPONSE_ORDER, REFUND_RESPONSE_ORDER } from "./vnpay-response-orders.js"

const TMN = "TESTTMN1"
const SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ"
const API_URL = "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction"

/** Computed here, independently of src/: HMAC-SHA512 over the `|`-joined values, lowercase hex. */
const pipeHash = (values: readonly string[], secret = SECRET) =>
  createHmac("sha512", secret).update(values.join("|"), "utf8").digest("hex")

type Body = Record<string, string>

/** A VNPay-like answer to a querydr/refund request body, signed like VNPay signs it. */
function vnpayAnswer(request: Body, overrides: Body = {}, secret = SECRET): Body {
  const command = request.vnp_Command
  const answer: Body = {
    vnp_ResponseId: "a1b2c3d4e5f6",
    vnp_Command: command,
    vnp_ResponseCode: "00",
    vnp_Message: command === "refund" ? "Refund success" : "QueryDR Success",
    vnp_TmnCode: request.vnp_TmnCode,
    vnp_TxnRef: request.vnp_TxnRef,
    vnp_Amount: request.vnp_Amount ?? "15000000",
    vnp_BankCode: "NCB",
    vnp_PayDate: "20250101120312",
    vnp_TransactionNo: request.vnp_TransactionNo ?? "14226112",
    vnp_TransactionType: request.vnp_TransactionType ?? "01",
    vnp_TransactionStatus: "00",
    vnp_OrderInfo: request.vnp_OrderInfo,
    ...(command === "querydr" ? { vnp_PromotionCode: "", vnp_PromotionAmount: "" } : {}),
    ...overrides,
  }
  const order = command === "refund" ? REFUND_RESPONSE_ORDER : QUERYDR_RESPONSE_ORDER
  answer.vnp_SecureHash = pipeHash(
    order.map((field) => answer[field] ?? ""),
    secret
  )
  return answer
}

interface Captured {
  url: string
  method: string
  contentType: string | null
  body: Body
}

/** An injected fetch that records each request and answers with `respond(body, attempt)`. */
function fakeFetch(respond: (body: Body, attempt: number) => { status?: number; json: unknown }) {
  const calls: Captured[] = []
  const fetchImpl: typeof fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as Body
    calls.push({
      url: String(input),
      method: init?.method ?? "GET",
      contentType: new Headers(init?.headers).get("content-type"),
      body,
    })
    const { status = 200, json } = respond(body, calls.length)
    return new Response(JSON.stringify(json), { status, headers: { "Content-Type": "application/json" } })
  }
  return { fetch: fetchImpl, calls }
}

const client = (config: Partial<VNPayConfig> = {}) =>
  new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "sandbox", retryBaseDelayMs: 1, ...config })

const PAYMENT_CREATE = new Date("2025-01-01T05:00:00Z") // 20250101120000 GMT+7

describe("transactions.retrieve (querydr): the request", () => {
  it("sends every documented field, and a hash over RequestId|Version|querydr|TmnCode|TxnRef|TransactionDate|CreateDate|IpAddr|OrderInfo", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    const before = Date.now()
    await client({ fetch }).transactions.retrieve({
      txnRef: "ORDER0001",
      transactionDate: PAYMENT_CREATE,
      ipAddr: "10.0.0.1",
      orderInfo: "Kiem tra ORDER0001",
    })
    expect(calls).toHaveLength(1)
    const [{ url, method, contentType, body }] = calls
    expect(url).toBe(API_URL)
    expect(method).toBe("POST")
    expect(contentType).toBe("application/json")
    expect(Object.keys(body).sort()).toEqual(
      [
        "vnp_RequestId",
        "vnp_Version",
        "vnp_Command",
        "vnp_TmnCode",
        "vnp_TxnRef",
        "vnp_OrderInfo",
        "vnp_TransactionDate",
        "vnp_CreateDate",
        "vnp_IpAddr",
        "vnp_SecureHash",
      ].sort()
    )
    expect(body.vnp_RequestId).toMatch(/^[0-9a-f]{32}$/)
    expect(body.vnp_Version).toBe("2.1.0")
    expect(body.vnp_Command).toBe("querydr")
    expect(body.vnp_TmnCode).toBe(TMN)
    expect(body.vnp_TxnRef).toBe("ORDER0001")
    expect(body.vnp_OrderInfo).toBe("Kiem tra ORDER0001")
    expect(body.vnp_TransactionDate).toBe("20250101120000")
    expect(body.vnp_IpAddr).toBe("10.0.0.1")
    // vnp_CreateDate is "now" in GMT+7.
    const gmt7 = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 14)
    expect(Number(body.vnp_CreateDate)).toBeGreaterThanOrEqual(Number(gmt7(before - 1000)))
    expect(Number(body.vnp_CreateDate)).toBeLessThanOrEqual(Number(gmt7(Date.now() + 1000)))
    const expected = pipeHash([
      body.vnp_RequestId,
      "2.1.0",
      "querydr",
      TMN,
      "ORDER0001",
      "20250101120000",
      body.vnp_CreateDate,
      "10.0.0.1",
      "Kiem tra ORDER0001",
    ])
    expect(body.vnp_SecureHash).toBe(expected)
  })

  it("accepts the transaction date as the yyyyMMddHHmmss string, uses a given requestId, and a new one per call otherwise", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    const vnpay = client({ fetch })
    const result = await vnpay.transactions.retrieve({
      txnRef: "ORDER0001",
      transactionDate: "20250101120000",
      ipAddr: "::1",
      requestId: "my-request-1",
    })
    expect(calls[0].body.vnp_TransactionDate).toBe("20250101120000")
    expect(calls[0].body.vnp_RequestId).toBe("my-request-1")
    expect(calls[0].body.vnp_OrderInfo).toBe("Truy van giao dich ORDER0001")
    expect(result.requestId).toBe("my-request-1")
    await vnpay.transactions.retrieve(
      { txnRef: "ORDER0001", transactionDate: "20250101120000", ipAddr: "::1" },
      { requestId: "from-options" }
    )
    expect(calls[1].body.vnp_RequestId).toBe("from-options")
    await vnpay.transactions.retrieve({ txnRef: "ORDER0001", transactionDate: "20250101120000", ipAddr: "::1" })
    await vnpay.transactions.retrieve({ txnRef: "ORDER0001", transactionDate: "20250101120000", ipAddr: "::1" })
    expect(calls[2].body.vnp_RequestId).not.toBe(calls[3].body.vnp_RequestId)
  })

  it("signs exactly like the independent `vnpay` package", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    await client({ fetch }).transactions.retrieve({
      txnRef: "ORDER0001",
      transactionDate: PAYMENT_CREATE,
      ipAddr: "10.0.0.1",
      transactionNo: "14226112",
    })
    const ours = calls[0].body
    // vnp_TransactionNo is sent but, as documented, not signed.
    expect(ours.vnp_TransactionNo).toBe("14226112")
    const peerBodies: Body[] = []
    const answers: Body[] = []
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Body
      peerBodies.push(body)
      answers.push(vnpayAnswer(body))
      return new Response(JSON.stringify(answers[answers.length - 1]), { status: 200 })
    })
    try {
      const peer = new PeerVNPay({
        tmnCode: TMN,
        secureSecret: SECRET,
        testMode: true,
        hashAlgorithm: HashAlgorithm.SHA512,
      })
      const verdict = await peer.queryDr({
        vnp_RequestId: ours.vnp_RequestId,
        vnp_TxnRef: ours.vnp_TxnRef,
        vnp_OrderInfo: ours.vnp_OrderInfo,
        vnp_TransactionNo: Number(ours.vnp_TransactionNo),
        vnp_TransactionDate: Number(ours.vnp_TransactionDate),
        vnp_CreateDate: Number(ours.vnp_CreateDate),
        vnp_IpAddr: ours.vnp_IpAddr,
      })
      expect(peerBodies[0].vnp_SecureHash).toBe(ours.vnp_SecureHash)
      // …and the peer accepts the response signature this test computes, as we do.
      expect(verdict.isVerified).toBe(true)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it("rejects bad params before any request", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    const vnpay = client({ fetch })
    const bad: Array<[Parameters<typeof vnpay.transactions.retrieve>[0], string]> = [
      [{ txnRef: "a b", transactionDate: PAYMENT_CREATE, ipAddr: "10.0.0.1" }, "txnRef"],
      [{ txnRef: "ORDER0001", transactionDate: "2025-01-01", ipAddr: "10.0.0.1" }, "transactionDate"],
      [{ txnRef: "ORDER0001", transactionDate: "20251301120000", ipAddr: "10.0.0.1" }, "transactionDate"],
      [{ txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "" }, "ipAddr"],
      [{ txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "10.0.0.1", orderInfo: "<b>" }, "orderInfo"],
      [
        { txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "10.0.0.1", requestId: "x".repeat(33) },
        "requestId",
      ],
    ]
    for (const [params, param] of bad) {
      await expect(vnpay.transactions.retrieve(params)).rejects.toMatchObject({
        name: "VNPayInvalidRequestError",
        param,
      })
    }
    await expect(
      vnpay.transactions.retrieve(
        { txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "10.0.0.1" },
        { timeout: 0 }
      )
    ).rejects.toBeInstanceOf(VNPayInvalidRequestError)
    expect(calls).toHaveLength(0)
  })
})

describe("transactions.retrieve (querydr): the response", () => {
  const retrieve = (answer: (body: Body) => unknown) => {
    const { fetch } = fakeFetch((body) => ({ json: answer(body) }))
    return client({ fetch }).transactions.retrieve({
      txnRef: "ORDER0001",
      transactionDate: PAYMENT_CREATE,
      ipAddr: "10.0.0.1",
    })
  }

  it("verifies the signature and returns a typed, camelCased result", async () => {
    const result = await retrieve((body) => vnpayAnswer(body))
    expect(result).toMatchObject({
      responseId: "a1b2c3d4e5f6",
      responseCode: "00",
      message: "QueryDR Success",
      tmnCode: TMN,
      txnRef: "ORDER0001",
      amount: 150000,
      bankCode: "NCB",
      transactionNo: "14226112",
      transactionType: "01",
      transactionStatus: "00",
      orderInfo: "Truy van giao dich ORDER0001",
      succeeded: true,
      status: "succeeded",
      promotionCode: "",
      promotionAmount: "",
    })
    expect(result.requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(result.payDate?.toISOString()).toBe("2025-01-01T05:03:12.000Z")
    expect(result.transactionStatusMeaning.en).toBe("Successful")
    expect(result.raw.vnp_SecureHash).toMatch(/^[0-9a-f]{128}$/)
  })

  it("returns a found but unsuccessful payment with succeeded=false (not an error)", async () => {
    const pending = await retrieve((body) => vnpayAnswer(body, { vnp_TransactionStatus: "01" }))
    expect(pending.succeeded).toBe(false)
    expect(pending.status).toBe("pending")
    const failed = await retrieve((body) => vnpayAnswer(body, { vnp_TransactionStatus: "02" }))
    expect(failed.succeeded).toBe(false)
    expect(failed.status).toBe("failed")
    expect(failed.transactionStatusMeaning.en).toBe("Error")
  })

  it("signs promotion fields too", async () => {
    const result = await retrieve((body) =>
      vnpayAnswer(body, { vnp_PromotionCode: "KM10", vnp_PromotionAmount: "1000000" })
    )
    expect(result.promotionCode).toBe("KM10")
    await expect(
      retrieve((body) => ({
        ...vnpayAnswer(body, { vnp_PromotionCode: "KM10", vnp_PromotionAmount: "1000000" }),
        vnp_PromotionAmount: "9000000",
      }))
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError)
  })

  it.each(QUERYDR_RESPONSE_ORDER)("rejects a response whose %s was changed", async (field) => {
    await expect(
      retrieve((body) => {
        const answer = vnpayAnswer(body)
        return { ...answer, [field]: `${answer[field] ?? ""}1` }
      })
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError)
  })

  it("rejects a success without a signature, one signed with another secret, and one for another terminal", async () => {
    await expect(
      retrieve((body) => {
        const { vnp_SecureHash: _hash, ...unsigned } = vnpayAnswer(body)
        return unsigned
      })
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError)
    await expect(retrieve((body) => vnpayAnswer(body, {}, "another-secret"))).rejects.toBeInstanceOf(
      VNPaySignatureVerificationError
    )
    await expect(retrieve((body) => vnpayAnswer(body, { vnp_TmnCode: "OTHERTMN" }))).rejects.toBeInstanceOf(
      VNPaySignatureVerificationError
    )
  })

  it.each(["02", "03", "91", "94", "97", "99"])(
    "turns API response code %s into VNPayAPIError with its meaning",
    async (code) => {
      const error = await retrieve((body) => vnpayAnswer(body, { vnp_ResponseCode: code, vnp_Message: "x" })).catch(
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(VNPayAPIError)
      expect((error as VNPayAPIError).code).toBe(code)
      expect((error as VNPayAPIError).meaning).toEqual(API_RESPONSE_CODES[code])
      expect((error as VNPayAPIError).statusCode).toBe(200)
    }
  )

  it("reports an unsigned error answer as VNPayAPIError, a non-JSON answer as INVALID_RESPONSE", async () => {
    const unsigned = await retrieve(() => ({ vnp_ResponseCode: "91", vnp_Message: "Not found" })).catch(
      (e: unknown) => e
    )
    expect(unsigned).toBeInstanceOf(VNPayAPIError)
    expect((unsigned as VNPayAPIError).code).toBe("91")
    expect((unsigned as VNPayAPIError).meaning.en).toBe("Transaction not found")
    const notJson: typeof fetch = async () => new Response("<html>oops</html>", { status: 200 })
    const error = await client({ fetch: notJson })
      .transactions.retrieve({ txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "10.0.0.1" })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).code).toBe("INVALID_RESPONSE")
  })
})

describe("refunds.create: the request", () => {
  const params = {
    txnRef: "ORDER0001",
    amount: 150000,
    transactionNo: "14226112",
    transactionDate: PAYMENT_CREATE,
    type: "full" as const,
    createdBy: "admin@choso.vn",
    ipAddr: "10.0.0.1",
  }

  it.each([
    ["full", "02", 150000],
    ["partial", "03", 20000],
  ] as const)(
    "sends a %s refund (type %s) with the documented fields and hash",
    async (type, transactionType, amount) => {
      const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
      const result = await client({ fetch }).refunds.create({
        ...params,
        type,
        amount,
        orderInfo: "Hoan tien don ORDER0001",
      })
      const [{ url, body }] = calls
      expect(url).toBe(API_URL)
      expect(Object.keys(body).sort()).toEqual(
        [
          "vnp_RequestId",
          "vnp_Version",
          "vnp_Command",
          "vnp_TmnCode",
          "vnp_TransactionType",
          "vnp_TxnRef",
          "vnp_Amount",
          "vnp_OrderInfo",
          "vnp_TransactionNo",
          "vnp_TransactionDate",
          "vnp_CreateBy",
          "vnp_CreateDate",
          "vnp_IpAddr",
          "vnp_SecureHash",
        ].sort()
      )
      expect(body).toMatchObject({
        vnp_Version: "2.1.0",
        vnp_Command: "refund",
        vnp_TmnCode: TMN,
        vnp_TransactionType: transactionType,
        vnp_TxnRef: "ORDER0001",
        vnp_Amount: String(amount * 100),
        vnp_OrderInfo: "Hoan tien don ORDER0001",
        vnp_TransactionNo: "14226112",
        vnp_TransactionDate: "20250101120000",
        vnp_CreateBy: "admin@choso.vn",
        vnp_IpAddr: "10.0.0.1",
      })
      expect(body.vnp_RequestId).toMatch(/^[0-9a-f]{32}$/)
      expect(body.vnp_CreateDate).toMatch(/^\d{14}$/)
      expect(body.vnp_SecureHash).toBe(
        pipeHash([
          body.vnp_RequestId,
          "2.1.0",
          "refund",
          TMN,
          transactionType,
          "ORDER0001",
          String(amount * 100),
          "14226112",
          "20250101120000",
          "admin@choso.vn",
          body.vnp_CreateDate,
          "10.0.0.1",
          "Hoan tien don ORDER0001",
        ])
      )
      expect(result).toMatchObject({
        responseCode: "00",
        amount,
        transactionType,
        succeeded: true,
        status: "succeeded",
        requestId: body.vnp_RequestId,
      })
    }
  )

  it("signs exactly like the independent `vnpay` package", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    await client({ fetch }).refunds.create({ ...params, type: "partial", amount: 20000 })
    const ours = calls[0].body
    const peerBodies: Body[] = []
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Body
      peerBodies.push(body)
      return new Response(JSON.stringify(vnpayAnswer({ ...body, vnp_Amount: String(body.vnp_Amount) })), {
        status: 200,
      })
    })
    try {
      const peer = new PeerVNPay({
        tmnCode: TMN,
        secureSecret: SECRET,
        testMode: true,
        hashAlgorithm: HashAlgorithm.SHA512,
      })
      const peerVerdict = await peer.refund({
        vnp_RequestId: ours.vnp_RequestId,
        vnp_TransactionType: VnpTransactionType.PARTIAL_REFUND,
        vnp_TxnRef: ours.vnp_TxnRef,
        vnp_Amount: 20000, // the peer multiplies by 100 itself
        vnp_TransactionNo: Number(ours.vnp_TransactionNo),
        vnp_TransactionDate: Number(ours.vnp_TransactionDate),
        vnp_CreateBy: ours.vnp_CreateBy,
        vnp_CreateDate: Number(ours.vnp_CreateDate),
        vnp_IpAddr: ours.vnp_IpAddr,
        vnp_OrderInfo: ours.vnp_OrderInfo,
      })
      expect(peerBodies[0].vnp_SecureHash).toBe(ours.vnp_SecureHash)
      // Known divergence: vnpay@2.5.0 divides vnp_Amount by 100 BEFORE hashing a refund response,
      // so it rejects a response signed over the raw vnp_Amount as VNPay documents. We follow VNPay.
      expect(peerVerdict.isVerified).toBe(false)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it("rejects bad params before any request", async () => {
    const { fetch, calls } = fakeFetch((body) => ({ json: vnpayAnswer(body) }))
    const vnpay = client({ fetch })
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ amount: 0 }, "amount"],
      [{ amount: 1.5 }, "amount"],
      [{ amount: 1e12 }, "amount"],
      [{ txnRef: "x'; drop" }, "txnRef"],
      [{ transactionNo: "abc" }, "transactionNo"],
      [{ transactionDate: "yesterday" }, "transactionDate"],
      [{ type: "half" }, "type"],
      [{ createdBy: "" }, "createdBy"],
      [{ createdBy: "a|b" }, "createdBy"],
      [{ ipAddr: "999.0.0.1" }, "ipAddr"],
    ]
    for (const [change, param] of bad) {
      await expect(vnpay.refunds.create({ ...params, ...change } as typeof params)).rejects.toMatchObject({
        name: "VNPayInvalidRequestError",
        param,
      })
    }
    expect(calls).toHaveLength(0)
  })
})

describe("refunds.create: the response", () => {
  const refund = (answer: (body: Body) => unknown) => {
    const { fetch } = fakeFetch((body) => ({ json: answer(body) }))
    return client({ fetch }).refunds.create({
      txnRef: "ORDER0001",
      amount: 150000,
      transactionNo: "14226112",
      transactionDate: "20250101120000",
      type: "full",
      createdBy: "admin",
      ipAddr: "10.0.0.1",
    })
  }

  it("returns a typed result; a refund VNPay is still processing is 'pending'", async () => {
    const done = await refund((body) => vnpayAnswer(body))
    expect(done).toMatchObject({
      amount: 150000,
      transactionType: "02",
      succeeded: true,
      status: "succeeded",
      message: "Refund success",
    })
    const processing = await refund((body) => vnpayAnswer(body, { vnp_TransactionStatus: "05" }))
    expect(processing).toMatchObject({ succeeded: false, status: "pending" })
  })

  it.each(REFUND_RESPONSE_ORDER)("rejects a response whose %s was changed", async (field) => {
    await expect(
      refund((body) => {
        const answer = vnpayAnswer(body)
        return { ...answer, [field]: `${answer[field] ?? ""}1` }
      })
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError)
  })

  it.each(["91", "94", "95", "97"])("turns refund response code %s into VNPayAPIError", async (code) => {
    const error = await refund((body) => vnpayAnswer(body, { vnp_ResponseCode: code })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).code).toBe(code)
    expect((error as VNPayAPIError).meaning).toEqual(API_RESPONSE_CODES[code])
  })
})

// ---------------------------------------------------------------------------------------------
// Retries and timeouts against a real local HTTP server.

interface Hit {
  at: number
  body: Body
}

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})

/** Starts a VNPay-like API on 127.0.0.1:0; `handle` decides per attempt (1-based). */
async function apiServer(
  handle: (attempt: number, body: Body, res: ServerResponse) => void
): Promise<{ baseUrl: string; hits: Hit[] }> {
  const hits: Hit[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => (text += chunk))
    req.on("end", () => {
      const body = JSON.parse(text) as Body
      hits.push({ at: performance.now(), body })
      handle(hits.length, body, res)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, hits }
}

const answerJson = (res: ServerResponse, status: number, json: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json" })
  res.end(JSON.stringify(json))
}

const retrieveFrom = (baseUrl: string, config: Partial<VNPayConfig> = {}, options = {}) =>
  client({ environment: { baseUrl }, ...config }).transactions.retrieve(
    { txnRef: "ORDER0001", transactionDate: PAYMENT_CREATE, ipAddr: "127.0.0.1" },
    options
  )

describe("HTTP: retries, backoff and timeouts (real local server)", () => {
  it("retries two 503s and succeeds on the 3rd attempt with the SAME request id and body", async () => {
    const { baseUrl, hits } = await apiServer((attempt, body, res) =>
      attempt <= 2 ? answerJson(res, 503, { error: "busy" }) : answerJson(res, 200, vnpayAnswer(body))
    )
    const result = await retrieveFrom(baseUrl, { maxNetworkRetries: 2, retryBaseDelayMs: 20 })
    expect(hits).toHaveLength(3)
    expect(result.succeeded).toBe(true)
    expect(new Set(hits.map((hit) => hit.body.vnp_RequestId)).size).toBe(1)
    expect(result.requestId).toBe(hits[0].body.vnp_RequestId)
    expect(hits[1].body).toEqual(hits[0].body)
    expect(hits[2].body).toEqual(hits[0].body)
  })

  it("gives up on an always-503 API after maxNetworkRetries+1 attempts with VNPayAPIError (statusCode 503)", async () => {
    const { baseUrl, hits } = await apiServer((_attempt, _body, res) => answerJson(res, 503, { error: "busy" }))
    const error = await retrieveFrom(baseUrl, { maxNetworkRetries: 3, retryBaseDelayMs: 5 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).statusCode).toBe(503)
    expect((error as VNPayAPIError).code).toBe("HTTP_503")
    expect(hits).toHaveLength(4)
  })

  it("times out a server that never answers: VNPayConnectionError after every attempt", async () => {
    const { baseUrl, hits } = await apiServer(() => {
      /* never answers */
    })
    const started = performance.now()
    const error = await retrieveFrom(baseUrl, { timeout: 200, maxNetworkRetries: 1, retryBaseDelayMs: 5 }).catch(
      (e: unknown) => e
    )
    const elapsed = performance.now() - started
    expect(error).toBeInstanceOf(VNPayConnectionError)
    expect((error as VNPayConnectionError).message).toMatch(/timed out after 200 ms/)
    expect(hits).toHaveLength(2)
    expect(elapsed).toBeGreaterThanOrEqual(390)
    expect(elapsed).toBeLessThan(3000)
  })

  it("honours a per-request timeout and maxNetworkRetries over the client's", async () => {
    const { baseUrl, hits } = await apiServer(() => {
      /* never answers */
    })
    const started = performance.now()
    const error = await retrieveFrom(
      baseUrl,
      { timeout: 30_000, maxNetworkRetries: 0, retryBaseDelayMs: 5 },
      { timeout: 150, maxNetworkRetries: 2 }
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayConnectionError)
    expect(hits).toHaveLength(3)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it("reports a refused connection as VNPayConnectionError after the retries", async () => {
    const { baseUrl } = await apiServer(() => undefined)
    const closing = servers.pop() as Server
    await new Promise<void>((resolve) => closing.close(() => resolve()))
    let attempts = 0
    const counting: typeof fetch = (input, init) => {
      attempts++
      return globalThis.fetch(input, init)
    }
    const error = await retrieveFrom(baseUrl, { fetch: counting, maxNetworkRetries: 2, retryBaseDelayMs: 5 }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(VNPayConnectionError)
    expect((error as VNPayConnectionError).cause).toBeDefined()
    expect(attempts).toBe(3)
  })

  it("does not retry a 400", async () => {
    const { baseUrl, hits } = await apiServer((_attempt, _body, res) => answerJson(res, 400, { error: "bad request" }))
    const error = await retrieveFrom(baseUrl, { maxNetworkRetries: 3, retryBaseDelayMs: 5 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).statusCode).toBe(400)
    expect(hits).toHaveLength(1)
  })

  it("does not retry a bad signature or an API error code", async () => {
    const tampered = await apiServer((_attempt, body, res) =>
      answerJson(res, 200, { ...vnpayAnswer(body), vnp_Amount: "1" })
    )
    await expect(retrieveFrom(tampered.baseUrl, { maxNetworkRetries: 3 })).rejects.toBeInstanceOf(
      VNPaySignatureVerificationError
    )
    expect(tampered.hits).toHaveLength(1)
    const duplicate = await apiServer((_attempt, body, res) =>
      answerJson(res, 200, vnpayAnswer(body, { vnp_ResponseCode: "94" }))
    )
    await expect(retrieveFrom(duplicate.baseUrl, { maxNetworkRetries: 3 })).rejects.toBeInstanceOf(VNPayAPIError)
    expect(duplicate.hits).toHaveLength(1)
  })

  it("backs off exponentially: waits grow between attempts (real timers)", async () => {
    const { baseUrl, hits } = await apiServer((attempt, body, res) =>
      attempt <= 3 ? answerJson(res, 502, {}) : answerJson(res, 200, vnpayAnswer(body))
    )
    // random() = 1 takes the top of each jitter window: 40, 80, 160 ms.
    await retrieveFrom(baseUrl, { maxNetworkRetries: 3, retryBaseDelayMs: 40, random: () => 1 })
    expect(hits).toHaveLength(4)
    const gaps = hits.slice(1).map((hit, i) => hit.at - hits[i].at)
    expect(gaps[0]).toBeGreaterThanOrEqual(35)
    expect(gaps[1]).toBeGreaterThanOrEqual(75)
    expect(gaps[2]).toBeGreaterThanOrEqual(155)
    expect(gaps[1]).toBeGreaterThan(gaps[0])
    expect(gaps[2]).toBeGreaterThan(gaps[1])
  })

  it("draws each wait with full jitter below base×2^n, capped (injected sleep and random)", async () => {
    const { baseUrl } = await apiServer((_attempt, _body, res) => answerJson(res, 503, {}))
    const waits: number[] = []
    const sleep = async (ms: number) => {
      waits.push(ms)
    }
    await retrieveFrom(baseUrl, {
      maxNetworkRetries: 6,
      retryBaseDelayMs: 500,
      retryMaxDelayMs: 8000,
      random: () => 0.5,
      sleep,
    }).catch(() => undefined)
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 4000])
    expect(retryDelay(0, 500, 8000, () => 0)).toBe(0)
    expect(retryDelay(2, 500, 8000, () => 0.999)).toBe(1998)
    expect(retryDelay(10, 500, 8000, () => 0.999)).toBe(7992)
  })
})
