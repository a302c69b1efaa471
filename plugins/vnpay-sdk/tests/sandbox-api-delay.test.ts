import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { VNPay } from "../src/client.js"
import { VNPayConnectionError } from "../src/errors.js"
import { parseCliArgs } from "../src/sandbox/cli-args.js"
import { type Sandbox, startSandbox } from "../src/sandbox/index.js"

// apiDelayMs: querydr and refund are processed at once and answered late, so a merchant can die
// (or time out) between VNPay acting on a request and the answer arriving.
const TMN = "DLYTEST1"
const SECRET = "API-DELAY-SECRET-0123456789"

let sandbox: Sandbox
let counter = 0

const client = (options: { timeout?: number } = {}) =>
  new VNPay({
    tmnCode: TMN,
    hashSecret: SECRET,
    environment: { baseUrl: sandbox.url },
    maxNetworkRetries: 0,
    ...options,
  })

async function paid(vnpay: VNPay): Promise<{ txnRef: string; transactionDate: string; transactionNo: string }> {
  const txnRef = `DLY${Date.now()}${++counter}`
  const payment = vnpay.paymentUrls.create({
    amount: 150000,
    txnRef,
    orderInfo: "Thanh toan",
    returnUrl: "https://shop.example/return",
    ipAddr: "127.0.0.1",
  })
  const response = await fetch(`${sandbox.url}/_sandbox/pay`, {
    method: "POST",
    body: JSON.stringify({ url: payment.url, result: "success" }),
  })
  const { transactionNo } = (await response.json()) as { transactionNo: string }
  return { txnRef, transactionDate: payment.transactionDate, transactionNo }
}

beforeAll(async () => {
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, apiDelayMs: 400 })
})
afterAll(() => sandbox.close())

describe("apiDelayMs", () => {
  it("delays querydr answers by apiDelayMs (from startSandbox), and not at all once set back to 0", async () => {
    const vnpay = client()
    const p = await paid(vnpay)
    let started = performance.now()
    await expect(
      vnpay.transactions.retrieve({ txnRef: p.txnRef, transactionDate: p.transactionDate, ipAddr: "127.0.0.1" })
    ).resolves.toMatchObject({ succeeded: true })
    expect(performance.now() - started).toBeGreaterThanOrEqual(390)

    const config = await fetch(`${sandbox.url}/_sandbox/config`, {
      method: "POST",
      body: JSON.stringify({ apiDelayMs: 0 }),
    })
    expect(((await config.json()) as { apiDelayMs: number }).apiDelayMs).toBe(0)
    started = performance.now()
    await vnpay.transactions.retrieve({ txnRef: p.txnRef, transactionDate: p.transactionDate, ipAddr: "127.0.0.1" })
    expect(performance.now() - started).toBeLessThan(300)
    sandbox.configure({ apiDelayMs: 400 })
  })

  it("a refund whose answer never reached the merchant (timed out mid-flight) did take effect", async () => {
    const p = await paid(client())
    const impatient = client({ timeout: 80 })
    const error = await impatient.refunds
      .create({
        txnRef: p.txnRef,
        amount: 150000,
        type: "full",
        transactionNo: p.transactionNo,
        transactionDate: p.transactionDate,
        createdBy: "admin",
        ipAddr: "127.0.0.1",
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VNPayConnectionError)
    // Recorded at once, before the (late) answer: querydr, patient enough, tells the merchant.
    expect(
      sandbox
        .transactions()
        .find((tx) => tx.txnRef === p.txnRef)
        ?.refunds.map((r) => [r.amount, r.status])
    ).toEqual([[15000000, "06"]])
    const after = await client().transactions.retrieve({
      txnRef: p.txnRef,
      transactionDate: p.transactionDate,
      ipAddr: "127.0.0.1",
    })
    expect(after.transactionStatus).toBe("06")
    // The sandbox answered the abandoned request into a closed socket without harm.
    await new Promise((resolve) => setTimeout(resolve, 450))
    expect((await fetch(`${sandbox.url}/_sandbox/health`)).status).toBe(200)
  })

  it("close() neither waits for delayed answers nor leaves their timers running", async () => {
    const slow = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, apiDelayMs: 60_000 })
    const setSpy = vi.spyOn(globalThis, "setTimeout")
    const clearSpy = vi.spyOn(globalThis, "clearTimeout")
    try {
      const pending = fetch(`${slow.url}/merchant_webapi/api/transaction`, { method: "POST", body: "{}" }).catch(
        (e: unknown) => e
      )
      await vi.waitFor(() => expect(setSpy.mock.calls.some(([, ms]) => ms === 60_000)).toBe(true))
      const delay = setSpy.mock.results[setSpy.mock.calls.findIndex(([, ms]) => ms === 60_000)].value as unknown
      const started = performance.now()
      await slow.close()
      expect(performance.now() - started).toBeLessThan(1000)
      expect(await pending).toBeInstanceOf(Error)
      expect(clearSpy).toHaveBeenCalledWith(delay)
    } finally {
      setSpy.mockRestore()
      clearSpy.mockRestore()
    }
  })
})

describe("vnpay-sandbox CLI: --refund and --api-delay-ms", () => {
  const base = ["--tmn-code", "A", "--hash-secret", "b"]

  it("reads them from flags or the environment, with settle and no delay by default", () => {
    expect(parseCliArgs(base, {})).toMatchObject({ options: { refund: "settle" } })
    expect(parseCliArgs(base, {})).not.toHaveProperty("options.apiDelayMs")
    expect(parseCliArgs([...base, "--refund", "processing", "--api-delay-ms=1500"], {})).toMatchObject({
      options: { refund: "processing", apiDelayMs: 1500 },
    })
    expect(parseCliArgs(base, { VNPAY_SANDBOX_REFUND: "reject", VNPAY_SANDBOX_API_DELAY_MS: "20" })).toMatchObject({
      options: { refund: "reject", apiDelayMs: 20 },
    })
  })

  it("rejects unknown outcomes and bad delays", () => {
    expect(parseCliArgs([...base, "--refund", "later"], {})).toHaveProperty("error")
    expect(parseCliArgs([...base, "--api-delay-ms", "-1"], {})).toHaveProperty("error")
    expect(parseCliArgs([...base, "--api-delay-ms", "9999999"], {})).toHaveProperty("error")
  })
})
