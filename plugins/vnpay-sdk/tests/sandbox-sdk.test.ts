import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { VNPay } from "../src/client.js"
import { VNPayAPIError } from "../src/errors.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"

// The client SDK against the sandbox: only the environment differs from production use.
const TMN = "SDKTEST1"
const SECRET = "SDK-SANDBOX-SECRET-0123456789"

let sandbox: Sandbox
let merchant: Server
let vnpay: VNPay
const orders = new Map<string, { amount: number; state: "pending" | "paid" | "failed" }>()
const ipnReplies: string[] = []

/** A merchant IPN endpoint written the documented way, with the SDK. */
function handleIpn(url: URL): { RspCode: string; Message: string } {
  let event: ReturnType<typeof vnpay.webhooks.constructEvent>
  try {
    event = vnpay.webhooks.constructEvent(url.searchParams)
  } catch {
    return vnpay.ipn.reply("97")
  }
  const order = orders.get(event.txnRef)
  if (!order) return vnpay.ipn.reply("01")
  if (order.amount !== event.amount) return vnpay.ipn.reply("04")
  if (order.state !== "pending") return vnpay.ipn.reply("02")
  order.state = event.succeeded ? "paid" : "failed"
  return vnpay.ipn.reply("00")
}

beforeAll(async () => {
  merchant = createServer((req, res) => {
    const reply = handleIpn(new URL(req.url ?? "/", "http://merchant"))
    ipnReplies.push(reply.RspCode)
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify(reply))
  })
  await new Promise<void>((resolve) => merchant.listen(0, "127.0.0.1", resolve))
  const ipnUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/ipn`
  sandbox = await startSandbox({
    tmnCode: TMN,
    hashSecret: SECRET,
    ipnUrl,
    ipn: { mode: "duplicate", duplicates: 2, retryDelayMs: 10 },
  })
  vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: sandbox.url }, maxNetworkRetries: 0 })
})
afterAll(async () => {
  await sandbox.close()
  merchant.closeAllConnections()
  await new Promise((resolve) => merchant.close(resolve))
})

async function waitFor(check: () => boolean): Promise<void> {
  const until = Date.now() + 3000
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out")
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe("client SDK ↔ sandbox", () => {
  it("creates, pays, notifies, queries and refunds", async () => {
    const txnRef = `SDK${Date.now()}`
    orders.set(txnRef, { amount: 150000, state: "pending" })
    const payment = vnpay.paymentUrls.create({
      amount: 150000,
      txnRef,
      orderInfo: "Thanh toán đơn hàng",
      returnUrl: "https://shop.example/return",
      ipAddr: "127.0.0.1",
    })
    expect(payment.url.startsWith(`${sandbox.url}/paymentv2/vpcpay.html?`)).toBe(true)
    const page = await (await fetch(payment.url)).text()
    expect(page).toContain("150.000 ₫")

    const before = await vnpay.transactions.retrieve({
      txnRef,
      transactionDate: payment.transactionDate,
      ipAddr: "127.0.0.1",
    })
    expect(before.transactionStatus).toBe("01")

    const paid = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url: payment.url, result: "success" }),
    })
    const { returnUrl } = (await paid.json()) as { returnUrl: string }
    const event = vnpay.webhooks.constructEvent(new URL(returnUrl))
    expect(event).toMatchObject({ type: "payment.succeeded", txnRef, amount: 150000, succeeded: true })

    // Two concurrent IPNs: one records the payment, the other is told it was already confirmed.
    await waitFor(() => ipnReplies.length === 2)
    expect([...ipnReplies].sort()).toEqual(["00", "02"])
    expect(orders.get(txnRef)?.state).toBe("paid")

    const after = await vnpay.transactions.retrieve({
      txnRef,
      transactionDate: payment.transactionDate,
      ipAddr: "127.0.0.1",
    })
    expect(after).toMatchObject({ succeeded: true, transactionNo: event.transactionNo, amount: 150000 })

    const partial = await vnpay.refunds.create({
      txnRef,
      amount: 50000,
      transactionNo: event.transactionNo,
      transactionDate: payment.transactionDate,
      type: "partial",
      createdBy: "admin",
      ipAddr: "127.0.0.1",
    })
    expect(partial).toMatchObject({ responseCode: "00", transactionType: "03", amount: 50000 })
    const over = vnpay.refunds.create({
      txnRef,
      amount: 150000,
      transactionNo: event.transactionNo,
      transactionDate: payment.transactionDate,
      type: "full",
      createdBy: "admin",
      ipAddr: "127.0.0.1",
    })
    await expect(over).rejects.toBeInstanceOf(VNPayAPIError)
    await expect(over).rejects.toMatchObject({ code: "95" })
  })
})
