import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { formatVnpDate } from "../src/dates.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"
import { signParams, verifyParams } from "../src/signing.js"

const TMN = "IPNTEST1"
const SECRET = "IPN-TEST-SECRET-0123456789"
const RETRY_MS = 20
const MAX_ATTEMPTS = 4

interface Hit {
  at: number
  query: Record<string, string>
  path: string
}

/** A real local merchant: records each IPN and answers with `reply` (after `replyDelayMs`). */
class Merchant {
  hits: Hit[] = []
  reply: (query: Record<string, string>) => string = () => JSON.stringify({ RspCode: "00", Message: "Confirm Success" })
  replyDelayMs = 0
  url = ""
  private server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://merchant")
    const query = Object.fromEntries(url.searchParams)
    this.hits.push({ at: Date.now(), query, path: url.pathname })
    const body = this.reply(query)
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" })
      res.end(body)
    }, this.replyDelayMs)
  })

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  reset(): void {
    this.hits = []
    this.reply = () => JSON.stringify({ RspCode: "00", Message: "Confirm Success" })
    this.replyDelayMs = 0
  }

  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

const merchant = new Merchant()
let sandbox: Sandbox
let counter = 0

function paymentUrl(base: string, txnRef: string): string {
  const now = new Date()
  const { query } = signParams(
    {
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: TMN,
      vnp_Amount: 9900000,
      vnp_CurrCode: "VND",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: `Thanh toan ${txnRef}`,
      vnp_OrderType: "other",
      vnp_Locale: "vn",
      vnp_ReturnUrl: "https://shop.example/return",
      vnp_IpAddr: "127.0.0.1",
      vnp_CreateDate: formatVnpDate(now),
      vnp_ExpireDate: formatVnpDate(new Date(now.getTime() + 15 * 60_000)),
    },
    SECRET
  )
  return `${base}/paymentv2/vpcpay.html?${query}`
}

/** Pays through POST /_sandbox/pay; returns the txnRef, the return query and when it was paid. */
async function pay(
  target: Sandbox = sandbox,
  result = "success"
): Promise<{ txnRef: string; returnQuery: string; paidAt: number }> {
  const txnRef = `IPN${Date.now()}${++counter}`
  const response = await fetch(`${target.url}/_sandbox/pay`, {
    method: "POST",
    body: JSON.stringify({ url: paymentUrl(target.url, txnRef), result }),
  })
  const paidAt = Date.now()
  expect(response.status).toBe(200)
  const { returnUrl } = (await response.json()) as { returnUrl: string }
  return { txnRef, returnQuery: returnUrl.slice(returnUrl.indexOf("?") + 1), paidAt }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting")
    await sleep(5)
  }
}

const attemptsOf = (txnRef: string, target: Sandbox = sandbox) =>
  target.transactions().find((tx) => tx.txnRef === txnRef)?.ipnAttempts ?? []
const hitsFor = (txnRef: string) => merchant.hits.filter((hit) => hit.query.vnp_TxnRef === txnRef)

beforeAll(async () => {
  await merchant.start()
  sandbox = await startSandbox({
    tmnCode: TMN,
    hashSecret: SECRET,
    ipnUrl: `${merchant.url}/vnpay/ipn`,
    ipn: { retryDelayMs: RETRY_MS, maxAttempts: MAX_ATTEMPTS, delayMs: 300 },
  })
})
afterAll(async () => {
  await sandbox.close()
  await merchant.stop()
})
beforeEach(() => {
  merchant.reset()
  sandbox.configure({ mode: "normal", retryDelayMs: RETRY_MS, maxAttempts: MAX_ATTEMPTS, delayMs: 300, duplicates: 3 })
})

describe("IPN delivery", () => {
  it("normal: one signed GET with the return URL's query, answered 00, not retried", async () => {
    const { txnRef, returnQuery } = await pay()
    await waitFor(() => hitsFor(txnRef).length === 1)
    await sleep(RETRY_MS * 4)
    const hits = hitsFor(txnRef)
    expect(hits).toHaveLength(1)
    expect(hits[0].path).toBe("/vnpay/ipn")
    expect(verifyParams(hits[0].query, SECRET)).toBe(true)
    expect(new URLSearchParams(returnQuery).toString()).toBe(new URLSearchParams(hits[0].query).toString())
    const attempts = attemptsOf(txnRef)
    expect(attempts).toHaveLength(1)
    expect(attempts[0]).toMatchObject({ delivery: 1, attempt: 1, status: 200, rspCode: "00", final: true })
  })

  it("sends the IPN for failed payments too (24 / 02)", async () => {
    const { txnRef } = await pay(sandbox, "cancel")
    await waitFor(() => hitsFor(txnRef).length === 1)
    expect(hitsFor(txnRef)[0].query).toMatchObject({ vnp_ResponseCode: "24", vnp_TransactionStatus: "02" })
  })

  it("retries a merchant answering 99 until maxAttempts, every retryDelayMs", async () => {
    merchant.reply = () => JSON.stringify({ RspCode: "99", Message: "Unknow error" })
    const { txnRef } = await pay()
    await waitFor(() => hitsFor(txnRef).length === MAX_ATTEMPTS)
    await sleep(RETRY_MS * 4)
    const hits = hitsFor(txnRef)
    expect(hits).toHaveLength(MAX_ATTEMPTS)
    for (let i = 1; i < hits.length; i++) expect(hits[i].at - hits[i - 1].at).toBeGreaterThanOrEqual(RETRY_MS - 2)
    const attempts = attemptsOf(txnRef)
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4])
    expect(attempts.every((a) => a.rspCode === "99" && !a.final)).toBe(true)
  })

  it("stops at 02 (order already confirmed)", async () => {
    merchant.reply = () => JSON.stringify({ RspCode: "02", Message: "Order already confirmed" })
    const { txnRef } = await pay()
    await waitFor(() => hitsFor(txnRef).length === 1)
    await sleep(RETRY_MS * 4)
    expect(hitsFor(txnRef)).toHaveLength(1)
    expect(attemptsOf(txnRef)[0]).toMatchObject({ rspCode: "02", final: true })
  })

  it("retries an answer that is not VNPay's JSON, then succeeds on 00", async () => {
    let calls = 0
    merchant.reply = () => (++calls === 1 ? "OK" : JSON.stringify({ RspCode: "00", Message: "Confirm Success" }))
    const { txnRef } = await pay()
    await waitFor(() => attemptsOf(txnRef).some((a) => a.final))
    await sleep(RETRY_MS * 3)
    const attempts = attemptsOf(txnRef)
    expect(attempts).toHaveLength(2)
    expect(attempts[0].error).toContain("RspCode")
    expect(attempts[1]).toMatchObject({ rspCode: "00", final: true })
  })

  it("lost: never sent, until POST /_sandbox/transactions/:txnRef/ipn re-sends it", async () => {
    sandbox.configure({ mode: "lost" })
    const { txnRef } = await pay()
    await sleep(150)
    expect(hitsFor(txnRef)).toHaveLength(0)
    expect(attemptsOf(txnRef)).toHaveLength(0)
    const response = await fetch(`${sandbox.url}/_sandbox/transactions/${txnRef}/ipn`, { method: "POST" })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { attempt: { rspCode: string; final: boolean } }
    expect(body.attempt).toMatchObject({ rspCode: "00", final: true })
    expect(hitsFor(txnRef)).toHaveLength(1)
    expect(verifyParams(hitsFor(txnRef)[0].query, SECRET)).toBe(true)
  })

  it("late: arrives only after delayMs", async () => {
    sandbox.configure({ mode: "late", delayMs: 300 })
    const { txnRef, paidAt } = await pay()
    await sleep(150)
    expect(hitsFor(txnRef)).toHaveLength(0)
    await waitFor(() => hitsFor(txnRef).length === 1)
    expect(hitsFor(txnRef)[0].at - paidAt).toBeGreaterThanOrEqual(250)
  })

  it("duplicate: N concurrent deliveries of the same signed query", async () => {
    sandbox.configure({ mode: "duplicate", duplicates: 3 })
    merchant.replyDelayMs = 150
    const { txnRef } = await pay()
    await waitFor(() => hitsFor(txnRef).length === 3)
    await sleep(200)
    const hits = hitsFor(txnRef)
    expect(hits).toHaveLength(3)
    // All three arrived before the merchant had answered any: concurrent, not retries.
    expect(Math.max(...hits.map((h) => h.at)) - Math.min(...hits.map((h) => h.at))).toBeLessThan(150)
    expect(new Set(hits.map((h) => JSON.stringify(h.query))).size).toBe(1)
    expect(new Set(attemptsOf(txnRef).map((a) => a.delivery))).toEqual(new Set([1, 2, 3]))
  })

  it("duplicate: a merchant following the check order records the payment once (00, then 02s)", async () => {
    sandbox.configure({ mode: "duplicate", duplicates: 3 })
    const orders = new Map<string, "pending" | "paid">()
    merchant.reply = (query) => {
      if (!verifyParams(query, SECRET)) return JSON.stringify({ RspCode: "97", Message: "Invalid signature" })
      const state = orders.get(query.vnp_TxnRef)
      if (!state) return JSON.stringify({ RspCode: "01", Message: "Order not found" })
      if (state !== "pending") return JSON.stringify({ RspCode: "02", Message: "Order already confirmed" })
      orders.set(query.vnp_TxnRef, "paid")
      return JSON.stringify({ RspCode: "00", Message: "Confirm Success" })
    }
    const txnRef = `IPN${Date.now()}${++counter}`
    orders.set(txnRef, "pending")
    const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url: paymentUrl(sandbox.url, txnRef), result: "success" }),
    })
    expect(response.status).toBe(200)
    await waitFor(() => attemptsOf(txnRef).length === 3)
    await sleep(RETRY_MS * 3)
    const codes = attemptsOf(txnRef)
      .map((a) => a.rspCode)
      .sort()
    expect(codes).toEqual(["00", "02", "02"])
    expect(orders.get(txnRef)).toBe("paid")
  })

  it("appends the query to an IPN URL that already has one", async () => {
    const other = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, ipnUrl: `${merchant.url}/ipn?source=vnpay` })
    try {
      const { txnRef } = await pay(other)
      await waitFor(() => hitsFor(txnRef).length === 1)
      expect(hitsFor(txnRef)[0].query.source).toBe("vnpay")
      expect(verifyParams(hitsFor(txnRef)[0].query, SECRET)).toBe(true)
    } finally {
      await other.close()
    }
  })

  it("retries network errors (merchant down) and records them", async () => {
    const down = createServer()
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve))
    const deadPort = (down.address() as AddressInfo).port
    await new Promise((resolve) => down.close(resolve))
    const other = await startSandbox({
      tmnCode: TMN,
      hashSecret: SECRET,
      ipnUrl: `http://127.0.0.1:${deadPort}/ipn`,
      ipn: { retryDelayMs: 10, maxAttempts: 3 },
    })
    try {
      const { txnRef } = await pay(other)
      await waitFor(() => attemptsOf(txnRef, other).length === 3)
      await sleep(50)
      const attempts = attemptsOf(txnRef, other)
      expect(attempts).toHaveLength(3)
      expect(attempts.every((a) => a.error !== undefined && a.status === undefined && !a.final)).toBe(true)
    } finally {
      await other.close()
    }
  })

  it("close() cancels pending retries at once", async () => {
    const other = await startSandbox({
      tmnCode: TMN,
      hashSecret: SECRET,
      ipnUrl: `${merchant.url}/vnpay/ipn`,
      ipn: { retryDelayMs: 60_000, maxAttempts: 5 },
    })
    merchant.reply = () => JSON.stringify({ RspCode: "99", Message: "Unknow error" })
    const { txnRef } = await pay(other)
    await waitFor(() => attemptsOf(txnRef, other).length === 1)
    const started = Date.now()
    await other.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(hitsFor(txnRef)).toHaveLength(1)
  })
})
