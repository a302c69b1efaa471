import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { VNPay } from "../src/client.js"
import { VNPayAPIError } from "../src/errors.js"
import { type Sandbox, type SandboxTransaction, startSandbox } from "../src/sandbox/index.js"

// Refunds are asynchronous at VNPay: accepted (05), then sent to the bank (06) or rejected (09).
const TMN = "RFDTEST1"
const SECRET = "REFUND-OUTCOME-SECRET-0123456789"

let sandbox: Sandbox
let vnpay: VNPay
let counter = 0

interface Paid {
  txnRef: string
  transactionDate: string
  transactionNo: string
}

async function paid(amount = 150000): Promise<Paid> {
  const txnRef = `RFD${Date.now()}${++counter}`
  const payment = vnpay.paymentUrls.create({
    amount,
    txnRef,
    orderInfo: "Thanh toan",
    returnUrl: "https://shop.example/return",
    ipAddr: "127.0.0.1",
  })
  const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
    method: "POST",
    body: JSON.stringify({ url: payment.url, result: "success" }),
  })
  expect(response.status).toBe(200)
  const { transactionNo } = (await response.json()) as { transactionNo: string }
  return { txnRef, transactionDate: payment.transactionDate, transactionNo }
}

const refund = (p: Paid, amount: number, type: "full" | "partial" = "partial") =>
  vnpay.refunds.create({
    txnRef: p.txnRef,
    amount,
    type,
    transactionNo: p.transactionNo,
    transactionDate: p.transactionDate,
    createdBy: "admin",
    ipAddr: "127.0.0.1",
  })

const status = async (p: Paid) =>
  (await vnpay.transactions.retrieve({ txnRef: p.txnRef, transactionDate: p.transactionDate, ipAddr: "127.0.0.1" }))
    .transactionStatus

const recorded = (p: Paid): SandboxTransaction | undefined =>
  sandbox.transactions().find((tx) => tx.txnRef === p.txnRef)

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const settle = (p: Paid, outcome: string) =>
  post(`/_sandbox/transactions/${p.txnRef}/refund-outcome`, { status: outcome })

beforeAll(async () => {
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, refund: "processing" })
  vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: sandbox.url }, maxNetworkRetries: 0 })
})
afterAll(() => sandbox.close())
// The first test runs with what startSandbox set; later ones get it back after each test.
afterEach(() => {
  sandbox.configure({ refund: "processing", apiDelayMs: 0, mode: "normal" })
})

describe('refund: "processing" (set by startSandbox)', () => {
  it("answers 05, then querydr keeps saying 05 until POST refund-outcome 06 hands it to the bank", async () => {
    const p = await paid()
    const accepted = await refund(p, 50000)
    expect(accepted).toMatchObject({ responseCode: "00", transactionStatus: "05", status: "pending", amount: 50000 })
    expect(await status(p)).toBe("05")
    expect(await status(p)).toBe("05")
    expect(recorded(p)?.refunds.map((r) => r.status)).toEqual(["05"])

    const settled = await settle(p, "06")
    expect(settled.status).toBe(200)
    expect(settled.json).toMatchObject({
      txnRef: p.txnRef,
      transactionStatus: "06",
      refund: { status: "06", amount: 5000000, transactionNo: accepted.transactionNo },
    })
    expect(await status(p)).toBe("06")
    expect(recorded(p)?.refunds.map((r) => r.status)).toEqual(["06"])
    // 50,000 of 150,000 went back: the rest can be refunded, not more.
    await expect(refund(p, 150000, "full")).rejects.toMatchObject({ code: "95" })
    await expect(refund(p, 100000, "full")).resolves.toMatchObject({ transactionStatus: "05" })
  })

  it("refund-outcome 09 rejects it: querydr says 09 and the whole amount is refundable again", async () => {
    const p = await paid()
    await refund(p, 150000, "full")
    expect((await settle(p, "09")).json).toMatchObject({ transactionStatus: "09", refund: { status: "09" } })
    expect(await status(p)).toBe("09")
    await expect(refund(p, 150000, "full")).resolves.toMatchObject({ responseCode: "00", transactionStatus: "05" })
    expect(recorded(p)?.refunds.map((r) => [r.amount, r.status])).toEqual([
      [15000000, "09"],
      [15000000, "05"],
    ])
  })

  it("refuses a second refund while one is processing (94)", async () => {
    const p = await paid()
    await refund(p, 10000)
    const error = await refund(p, 10000).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).code).toBe("94")
    expect(recorded(p)?.refunds).toHaveLength(1)
  })

  it("answers refund-outcome with 400 for a bad status, 409 with no refund processing, 404 for no payment", async () => {
    const p = await paid()
    expect((await settle(p, "06")).status).toBe(409)
    await refund(p, 10000)
    expect((await settle(p, "05")).status).toBe(400)
    expect((await post(`/_sandbox/transactions/${p.txnRef}/refund-outcome`, "06")).status).toBe(400)
    expect((await settle({ ...p, txnRef: "NO-SUCH-ORDER" }, "06")).status).toBe(404)
    expect((await settle(p, "06")).status).toBe(200)
    expect((await settle(p, "09")).status).toBe(409)
    expect(await status(p)).toBe("06")
  })
})

describe('refund: "reject" (set by POST /_sandbox/config)', () => {
  it("accepts the refund (00/05) but querydr reports 09 and nothing is refunded", async () => {
    const config = await post("/_sandbox/config", { refund: "reject" })
    expect(config.status).toBe(200)
    expect(config.json).toMatchObject({ refund: "reject", apiDelayMs: 0, ipn: { mode: "normal" } })
    const p = await paid()
    await expect(refund(p, 150000, "full")).resolves.toMatchObject({
      responseCode: "00",
      transactionStatus: "05",
      status: "pending",
    })
    expect(await status(p)).toBe("09")
    expect(recorded(p)?.refunds.map((r) => r.status)).toEqual(["09"])
    // Nothing was refunded: a full refund is possible again, and settles once the switch says so.
    await post("/_sandbox/config", { refund: "settle" })
    await expect(refund(p, 150000, "full")).resolves.toMatchObject({ transactionStatus: "05" })
    expect(await status(p)).toBe("06")
    await expect(refund(p, 10000)).rejects.toMatchObject({ code: "94" })
  })
})

describe('refund: "settle" (the default)', () => {
  it("hands the refund to the bank at once: querydr says 06, nothing to settle", async () => {
    const plain = await startSandbox({ tmnCode: TMN, hashSecret: SECRET })
    try {
      const health = (await (await fetch(`${plain.url}/_sandbox/health`)).json()) as Record<string, unknown>
      expect(health).toMatchObject({ refund: "settle", apiDelayMs: 0 })
    } finally {
      await plain.close()
    }
    sandbox.configure({ refund: "settle" })
    const p = await paid()
    await expect(refund(p, 50000)).resolves.toMatchObject({ transactionStatus: "05" })
    expect(await status(p)).toBe("06")
    expect((await settle(p, "09")).status).toBe(409)
  })
})

describe("switch validation", () => {
  it("rejects an unknown refund outcome or a bad apiDelayMs, changing nothing", async () => {
    const before = (await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as Record<string, unknown>
    expect(before).toMatchObject({ refund: "processing", apiDelayMs: 0 })
    for (const body of [
      { refund: "rejected" },
      { apiDelayMs: -1 },
      { apiDelayMs: 1.5 },
      { apiDelayMs: "100" },
      { refund: "reject", apiDelayMs: 1e9 },
      { mode: "lost", refund: 1 },
    ]) {
      const response = await post("/_sandbox/config", body)
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
    const after = (await (await fetch(`${sandbox.url}/_sandbox/health`)).json()) as Record<string, unknown>
    expect(after).toMatchObject({ refund: "processing", apiDelayMs: 0, ipn: { mode: "normal" } })
    expect(() => sandbox.configure({ refund: "sometimes" as "settle" })).toThrow(TypeError)
    await expect(startSandbox({ tmnCode: TMN, hashSecret: SECRET, refund: "later" as "settle" })).rejects.toThrow(
      TypeError
    )
    await expect(startSandbox({ tmnCode: TMN, hashSecret: SECRET, apiDelayMs: -5 })).rejects.toThrow(TypeError)
  })

  it("takes IPN options and switches in one body, flat or with IPN options under ipn", async () => {
    expect(sandbox.configure({ mode: "late", refund: "reject", apiDelayMs: 5 })).toMatchObject({
      refund: "reject",
      apiDelayMs: 5,
      ipn: { mode: "late" },
    })
    const nested = await post("/_sandbox/config", { ipn: { mode: "duplicate" }, refund: "settle", apiDelayMs: 0 })
    expect(nested.json).toMatchObject({ refund: "settle", apiDelayMs: 0, ipn: { mode: "duplicate" } })
    sandbox.configure({ mode: "normal" })
  })
})
