import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { VNPay } from "../src/client.js"
import { VNPayAPIError } from "../src/errors.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"
import { verifyParams } from "../src/signing.js"

// "reversed" (TransactionStatus 04: debited at the bank, not completed at VNPay) and "fraud" (07):
// the return URL, the IPN and querydr all say so, and neither is a payment the merchant can refund.
const TMN = "RESTEST1"
const SECRET = "PAYMENT-RESULTS-SECRET-0123456789"

let sandbox: Sandbox
let merchant: Server
let vnpay: VNPay
const ipns: Array<Record<string, string>> = []
let counter = 0

beforeAll(async () => {
  merchant = createServer((req, res) => {
    ipns.push(Object.fromEntries(new URL(req.url ?? "/", "http://merchant").searchParams))
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ RspCode: "00", Message: "Confirm Success" }))
  })
  await new Promise<void>((resolve) => merchant.listen(0, "127.0.0.1", resolve))
  const ipnUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/ipn`
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, ipnUrl, ipn: { retryDelayMs: 10 } })
  vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: sandbox.url }, maxNetworkRetries: 0 })
})
afterAll(async () => {
  await sandbox.close()
  merchant.closeAllConnections()
  await new Promise((resolve) => merchant.close(resolve))
})

function newPayment() {
  const txnRef = `RES${Date.now()}${++counter}`
  return vnpay.paymentUrls.create({
    amount: 150000,
    txnRef,
    orderInfo: "Thanh toan",
    returnUrl: "https://shop.example/return",
    ipAddr: "127.0.0.1",
  })
}

async function waitForIpn(txnRef: string): Promise<Record<string, string>> {
  const until = Date.now() + 3000
  for (;;) {
    const ipn = ipns.find((query) => query.vnp_TxnRef === txnRef)
    if (ipn) return ipn
    if (Date.now() > until) throw new Error(`no IPN for ${txnRef}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe.each([
  { result: "reversed", responseCode: "00", transactionStatus: "04" },
  { result: "fraud", responseCode: "07", transactionStatus: "07" },
])("/_sandbox/pay result $result", ({ result, responseCode, transactionStatus }) => {
  it(`returns and notifies ResponseCode ${responseCode} / TransactionStatus ${transactionStatus}, signed; not a success`, async () => {
    const payment = newPayment()
    const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url: payment.url, result }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      returnUrl: string
      responseCode: string
      transactionStatus: string
      transactionNo: string
    }
    expect(body).toMatchObject({ responseCode, transactionStatus })
    expect(body.transactionNo).toMatch(/^\d{8}$/)

    const returned = Object.fromEntries(new URL(body.returnUrl).searchParams)
    expect(verifyParams(returned, SECRET)).toBe(true)
    expect(returned).toMatchObject({
      vnp_ResponseCode: responseCode,
      vnp_TransactionStatus: transactionStatus,
      vnp_TransactionNo: body.transactionNo,
    })
    // The customer's bank did debit them: the bank's reference is there.
    expect(returned.vnp_BankTranNo).toBeTruthy()
    const event = vnpay.webhooks.constructEvent(new URL(body.returnUrl))
    expect(event).toMatchObject({ type: "payment.failed", succeeded: false, responseCode, transactionStatus })

    // The IPN carries the very same signed result.
    const ipn = await waitForIpn(payment.txnRef)
    expect(ipn).toEqual(returned)
  })

  it(`is reported by querydr as ${transactionStatus}, and cannot be refunded (95)`, async () => {
    const payment = newPayment()
    const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
      method: "POST",
      body: JSON.stringify({ url: payment.url, result }),
    })
    const { transactionNo } = (await response.json()) as { transactionNo: string }
    const tx = await vnpay.transactions.retrieve({
      txnRef: payment.txnRef,
      transactionDate: payment.transactionDate,
      ipAddr: "127.0.0.1",
    })
    expect(tx).toMatchObject({
      responseCode: "00",
      transactionStatus,
      succeeded: false,
      status: "failed",
      transactionNo,
    })
    const error = await vnpay.refunds
      .create({
        txnRef: payment.txnRef,
        amount: 150000,
        type: "full",
        transactionNo,
        transactionDate: payment.transactionDate,
        createdBy: "admin",
        ipAddr: "127.0.0.1",
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayAPIError)
    expect((error as VNPayAPIError).code).toBe("95")
    expect(sandbox.transactions().find((t) => t.txnRef === payment.txnRef)).toMatchObject({
      state: "failed",
      transactionStatus,
      refunds: [],
    })
  })
})

describe("payment page buttons", () => {
  it("offers reversed and fraud, and the form redirects with their codes", async () => {
    const payment = newPayment()
    const html = await (await fetch(payment.url)).text()
    expect(html).toContain('name="result" value="reversed"')
    expect(html).toContain('name="result" value="fraud"')
    expect(html).toContain("Giao dịch đảo")
    expect(html).toContain("Nghi ngờ gian lận")
    const session = /name="session" value="([0-9a-f]+)"/.exec(html)?.[1] ?? ""
    const response = await fetch(`${sandbox.url}/paymentv2/confirm`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ session, result: "reversed" }).toString(),
      redirect: "manual",
    })
    expect(response.status).toBe(302)
    const query = Object.fromEntries(new URL(response.headers.get("location") ?? "").searchParams)
    expect(query).toMatchObject({ vnp_ResponseCode: "00", vnp_TransactionStatus: "04" })
    expect(await waitForIpn(payment.txnRef)).toMatchObject({ vnp_TransactionStatus: "04" })
  })

  it("speaks English for them with vnp_Locale=en", async () => {
    const payment = vnpay.paymentUrls.create({
      amount: 150000,
      txnRef: `RES${Date.now()}${++counter}`,
      orderInfo: "Pay",
      returnUrl: "https://shop.example/return",
      ipAddr: "127.0.0.1",
      locale: "en",
    })
    const html = await (await fetch(payment.url)).text()
    expect(html).toContain("Suspected fraud")
    expect(html).toContain("Reversed")
  })
})
