import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { verifySePay } from "@choso/market-rules/sepay"
import QRCode from "qrcode"
import sharp from "sharp"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { vietQrPayload } from "../../../plugins/market/src/lib/vietqr.js"
import { type BankSandbox, startBankSandbox } from "../server.mjs"
import { vietnamDateTime } from "../webhook.mjs"

interface Received {
  headers: IncomingHttpHeaders
  raw: string
}

/** A stand-in for the backend's `POST /hooks/sepay`: records every delivery, answers 200. */
async function startReceiver() {
  const received: Received[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString("utf8") })
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ success: true }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/sepay`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const SECRET = "bank-sandbox-test-secret"
const STALL = { bankBin: "970436", accountNumber: "0123499999", amount: 200_000, reference: "CS7K2QM" }
const QR = vietQrPayload(STALL)

let receiver: Awaited<ReturnType<typeof startReceiver>>
const sandboxes: BankSandbox[] = []

async function sandbox(auth: { hmacSecret?: string; apiKey?: string } = { hmacSecret: SECRET }, webhookUrl?: string) {
  const started = await startBankSandbox({ port: 0, webhookUrl: webhookUrl ?? receiver.url, ...auth })
  sandboxes.push(started)
  return started
}

async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) })
  return { status: response.status, json: await response.json() }
}

beforeAll(async () => {
  receiver = await startReceiver()
})
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.close()))
  receiver.received.length = 0
})
afterAll(async () => {
  await receiver.close()
})

describe("bank sandbox: JSON API", () => {
  it("pays a stall's VietQR: SePay's JSON, the right account, amount and content, an HMAC verifySePay accepts", async () => {
    const bank = await sandbox()
    const { status, json } = await postJson(`${bank.url}/api/transfers`, { qr: QR })

    expect(status).toBe(201)
    expect(receiver.received).toHaveLength(1)
    const [{ headers, raw }] = receiver.received
    const payload = JSON.parse(raw)
    expect(payload).toEqual({
      id: expect.any(Number),
      gateway: "Vietcombank",
      transactionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      accountNumber: "0123499999",
      code: null,
      content: "CS7K2QM chuyen tien",
      transferType: "in",
      transferAmount: 200_000,
      accumulated: 200_000,
      subAccount: null,
      referenceCode: `SBX.${payload.id}`,
      description: expect.stringContaining("CS7K2QM chuyen tien"),
    })
    expect(String(payload.id)).toMatch(/^\d{6}$/)
    expect(headers["content-type"]).toBe("application/json")
    expect(verifySePay({ hmacSecret: SECRET }, headers, raw)).toBeNull()
    expect(verifySePay({ hmacSecret: "another-secret" }, headers, raw)).toBe("bad_signature")
    expect(headers.authorization).toBeUndefined()

    expect(json).toEqual({ transfer: payload, delivery: { status: 200, body: { success: true } } })
  })

  it("API-key mode sends Authorization: Apikey <key> and no signature", async () => {
    const bank = await sandbox({ apiKey: "sandbox-api-key" })
    const { status } = await postJson(`${bank.url}/api/transfers`, { qr: QR })

    expect(status).toBe(201)
    const [{ headers, raw }] = receiver.received
    expect(headers.authorization).toBe("Apikey sandbox-api-key")
    expect(headers["x-sepay-signature"]).toBeUndefined()
    expect(verifySePay({ apiKey: "sandbox-api-key" }, headers, raw)).toBeNull()
  })

  it("resends the same transaction: same id, same bytes, signed again; ids increase and accumulated sums per account", async () => {
    const bank = await sandbox()
    const first = await postJson(`${bank.url}/api/transfers`, { qr: QR })
    const again = await postJson(`${bank.url}/api/transfers/${first.json.transfer.id}/resend`, {})

    expect(again.status).toBe(200)
    expect(again.json.transfer.id).toBe(first.json.transfer.id)
    expect(receiver.received).toHaveLength(2)
    expect(receiver.received[1].raw).toBe(receiver.received[0].raw)
    expect(verifySePay({ hmacSecret: SECRET }, receiver.received[1].headers, receiver.received[1].raw)).toBeNull()

    const second = await postJson(`${bank.url}/api/transfers`, { qr: QR, amount: 50_000 })
    expect(second.json.transfer.id).toBe(first.json.transfer.id + 1)
    expect(second.json.transfer.accumulated).toBe(250_000)
    const other = await postJson(`${bank.url}/api/transfers`, {
      account_number: "1903999999",
      bank_bin: "970407",
      amount: 10_000,
      content: "CSABCDE chuyen tien",
    })
    expect(other.json.transfer).toMatchObject({ accumulated: 10_000, gateway: "Techcombank" })

    const list = await (await fetch(`${bank.url}/api/transfers`)).json()
    expect(list.transfers.map((t: { transfer: { id: number } }) => t.transfer.id)).toEqual([
      other.json.transfer.id,
      second.json.transfer.id,
      first.json.transfer.id,
    ])
    expect(list.transfers[2].deliveries).toHaveLength(2)
    expect((await postJson(`${bank.url}/api/transfers/1/resend`, {})).status).toBe(404)
  })

  it("sends a wrong amount as given (the QR's reference stays in the content)", async () => {
    const bank = await sandbox()
    const { json } = await postJson(`${bank.url}/api/transfers`, { qr: QR, amount: 200 })

    const payload = JSON.parse(receiver.received[0].raw)
    expect(payload.transferAmount).toBe(200)
    expect(payload.content).toBe("CS7K2QM chuyen tien")
    expect(json.transfer.transferAmount).toBe(200)
  })

  it("refuses an invalid QR with 400 and sends nothing", async () => {
    const bank = await sandbox()
    const badChecksum = `${QR.slice(0, -4)}${QR.slice(-4) === "0000" ? "0001" : "0000"}`
    for (const qr of [badChecksum, "https://cho.so/c/ABC123", QR.replace("200000", "200001")]) {
      const { status, json } = await postJson(`${bank.url}/api/transfers`, { qr })
      expect(status).toBe(400)
      expect(json.error).toBe("invalid_qr")
    }
    expect((await postJson(`${bank.url}/api/transfers`, { qr: QR, amount: -5 })).status).toBe(400)
    expect(receiver.received).toHaveLength(0)
  })

  it("reports a backend it cannot reach as status 0", async () => {
    const bank = await sandbox({ hmacSecret: SECRET }, "http://127.0.0.1:1/hooks/sepay")
    const { status, json } = await postJson(`${bank.url}/api/transfers`, { qr: QR })
    expect(status).toBe(201)
    expect(json.delivery.status).toBe(0)
    expect(json.delivery.error).toBeTruthy()
  })

  it("dates transfers in Vietnam time (GMT+7) as SePay does", () => {
    expect(vietnamDateTime(new Date("2023-03-25T07:02:37Z"))).toBe("2023-03-25 14:02:37")
    expect(vietnamDateTime(new Date("2023-03-25T20:00:00Z"))).toBe("2023-03-26 03:00:00")
  })
})

describe("bank sandbox: the page (plain forms, no JavaScript)", () => {
  it("step 1 labels the QR textarea and the photo input and posts multipart to /read", async () => {
    const bank = await sandbox()
    const html = await (await fetch(bank.url)).text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toMatch(/<label for="qr">[^<]+<\/label>\s*<textarea id="qr" name="qr"[^>]*data-testid="qr-input"/)
    expect(html).toMatch(/<label for="image">[^<]+<\/label>\s*<input id="image" name="image" type="file"/)
    expect(html).toContain('action="/read" enctype="multipart/form-data"')
    expect(html).toContain('data-testid="read-qr"')
    expect(html).not.toContain("<script")
  })

  it("reads an uploaded PNG of the QR, then pays the exact amount and resends from the result page", async () => {
    const bank = await sandbox()
    const png = await QRCode.toBuffer(QR, { type: "png", margin: 4, scale: 6 })
    // A screenshot: the QR somewhere on a bigger light-grey screen.
    const screenshot = await sharp({ create: { width: 900, height: 1400, channels: 3, background: "#f2f2f2" } })
      .composite([{ input: png, top: 420, left: 180 }])
      .png()
      .toBuffer()
    const form = new FormData()
    form.set("qr", "")
    form.set("image", new Blob([new Uint8Array(screenshot)], { type: "image/png" }), "qr.png")
    const read = await fetch(`${bank.url}/read`, { method: "POST", body: form })
    const review = await read.text()

    expect(read.status).toBe(200)
    expect(review).toContain('data-testid="qr-account">0123499999<')
    expect(review).toContain('data-testid="qr-bank">Vietcombank (970436)<')
    expect(review).toContain('data-testid="qr-amount">200.000 đ<')
    expect(review).toContain('data-testid="qr-reference">CS7K2QM<')
    expect(review).toMatch(
      /<label for="other-amount">[^<]+<\/label>\s*<input id="other-amount"[^>]*data-testid="other-amount"/
    )
    expect(review).toContain('data-testid="pay-other"')
    const hidden = /<input type="hidden" name="qr" value="([^"]+)">/.exec(review)?.[1]
    expect(hidden).toBe(QR)

    const pay = await fetch(`${bank.url}/pay`, {
      method: "POST",
      body: new URLSearchParams({ qr: hidden ?? "" }),
      redirect: "manual",
    })
    expect(pay.status).toBe(303)
    const location = pay.headers.get("location") ?? ""
    expect(location).toMatch(/^\/transfers\/\d{6}$/)
    const payload = JSON.parse(receiver.received[0].raw)
    expect(payload).toMatchObject({ accountNumber: "0123499999", transferAmount: 200_000 })

    const result = await (await fetch(`${bank.url}${location}`)).text()
    expect(result).toContain(`data-testid="transaction-id">${payload.id}<`)
    expect(result).toContain('data-testid="result-status">200<')
    expect(result).toContain("&quot;success&quot;: true")
    expect(result).toContain(`action="/transfers/${payload.id}/resend"`)

    const resend = await fetch(`${bank.url}/transfers/${payload.id}/resend`, { method: "POST", redirect: "manual" })
    expect(resend.status).toBe(303)
    expect(receiver.received).toHaveLength(2)
    expect(JSON.parse(receiver.received[1].raw).id).toBe(payload.id)
    const after = await (await fetch(`${bank.url}${location}`)).text()
    expect(after).toContain('data-testid="delivery-count">2<')
  })

  it("pays another amount from the form as typed", async () => {
    const bank = await sandbox()
    const pay = await fetch(`${bank.url}/pay`, {
      method: "POST",
      body: new URLSearchParams({ qr: QR, amount: "200" }),
      redirect: "manual",
    })
    expect(pay.status).toBe(303)
    expect(JSON.parse(receiver.received[0].raw)).toMatchObject({ transferAmount: 200, content: "CS7K2QM chuyen tien" })
  })

  it("says clearly when the QR is not a VietQR, or the photo has no QR", async () => {
    const bank = await sandbox()
    const bad = await fetch(`${bank.url}/read`, { method: "POST", body: new URLSearchParams({ qr: `${QR}0` }) })
    expect(bad.status).toBe(400)
    expect(await bad.text()).toMatch(/role="alert" data-testid="read-error">[^<]*không phải mã VietQR/)

    const blank = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.set("image", new Blob([new Uint8Array(blank)], { type: "image/png" }), "blank.png")
    const none = await fetch(`${bank.url}/read`, { method: "POST", body: form })
    expect(none.status).toBe(400)
    expect(await none.text()).toContain("Không tìm thấy mã QR trong ảnh")
    expect(receiver.received).toHaveLength(0)
  })
})
