import { writeFile } from "node:fs/promises"
import net from "node:net"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { findFreePort } from "../scripts/lib/ports.mjs"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import vi from "../storefront/app/i18n/vi.json"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

/** A stall vendor of our own, made through the HTTP API as production does. */
const VENDOR = {
  email: "co.sau.e2e@example.vn",
  password: "mat-khau-quay-cho-2026",
  name: "Quầy rau cô Sáu (e2e)",
  representative: "Nguyễn Thị Sáu",
  account: "0071000199001",
  holder: "NGUYEN THI SAU",
}

interface Spoken {
  text: string
  lang: string
}

interface BankAnswer {
  transfer: { id: number; content: string; transferAmount: number }
  delivery: { status: number; body: unknown; error?: string }
}

/**
 * A TCP proxy the test owns between the phone and the storefront: `cut()` drops every connection
 * and stops listening (the market's weak mobile network), `start()` listens again on the same port.
 */
class FlakyNetwork {
  private server: net.Server | null = null
  private readonly sockets = new Set<net.Socket>()

  constructor(
    readonly port: number,
    private readonly targetPort: number
  ) {}

  get url(): string {
    return `http://localhost:${this.port}`
  }

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect({ port: this.targetPort, host: "localhost" })
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on("close", () => this.sockets.delete(socket))
        socket.on("error", () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream)
      upstream.pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject)
      server.listen(this.port, () => resolve())
    })
    this.server = server
  }

  async cut(): Promise<void> {
    const server = this.server
    this.server = null
    for (const socket of this.sockets) socket.destroy()
    this.sockets.clear()
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/**
 * Chợ 4.0 at a stall: the vendor's phone shows a VietQR, the customer's bank (the local bank
 * sandbox) pays it and the phone turns green and says it in Vietnamese — also when the phone's
 * network drops while it waits; a wrong amount is "cần kiểm tra", never green.
 */
describe("a market stall takes VietQR payments on its phone", () => {
  let stack: RunningStack
  let browser: Browser
  let context: BrowserContext
  let phone: Page
  let network: FlakyNetwork
  /** The reference of each request, by what it is for. */
  const references: Record<string, string> = {}

  async function api(path: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${stack.backendUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    })
    const data = (await res.json().catch(() => null)) as Record<string, { id: string }> & { token: string }
    if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${JSON.stringify(data)}`)
    return data
  }

  /** Signs up, registers a stall seller, and lets the operator approve it, give it a stall and verify the account. */
  async function createVendor(): Promise<void> {
    const { token } = await api("/auth/seller/emailpass/register", { email: VENDOR.email, password: VENDOR.password })
    const registered = await api(
      "/vendor/sellers",
      {
        member_name: VENDOR.representative,
        seller: {
          name: VENDOR.name,
          kind: "stall",
          legal_form: "individual",
          representative: VENDOR.representative,
          id_number: "096185099001",
          phone: "0912 345 678",
          email: VENDOR.email,
          province_code: "96",
          ward_code: "31825",
          address_line: "Chợ Phường 2",
          bank_bin: "970436",
          bank_account_number: VENDOR.account,
          bank_account_name: VENDOR.holder,
        },
      },
      { authorization: `Bearer ${token}` }
    )
    const admin = {
      authorization: `Bearer ${await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)}`,
    }
    await api(`/admin/sellers/${registered.seller!.id}/status`, { status: "approved" }, admin)
    const { market } = await api(
      "/admin/markets",
      {
        code: "E2E-P2",
        name: "Chợ thử nghiệm e2e",
        province_code: "96",
        ward_code: "31825",
        address: "Đường Phan Ngọc Hiển, Cà Mau",
      },
      admin
    )
    const { stall } = await api(
      "/admin/stalls",
      {
        market_id: market!.id,
        seller_id: registered.seller!.id,
        code: "E2ESAU",
        number: "A12",
        display_name: "Cô Sáu — rau củ",
        goods: "Rau củ",
        bank_bin: "970436",
        bank_account: VENDOR.account,
        account_holder: VENDOR.holder,
      },
      admin
    )
    await api(`/admin/stalls/${stall!.id}/verify-account`, { holder_name: VENDOR.holder.toLowerCase() }, admin)
  }

  /** The customer's bank pays a QR (its own amount unless told) and sends SePay's webhook. */
  async function bankPays(qr: string, amount?: number): Promise<BankAnswer> {
    const res = await fetch(`${stack.bankUrl}/api/transfers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(amount === undefined ? { qr } : { qr, amount }),
    })
    expect(res.status).toBe(201)
    return (await res.json()) as BankAnswer
  }

  /** On the keypad screen: types the keys, checks the amount shown and creates the QR; returns its payload and reference. */
  async function askFor(keys: string[], shown: string): Promise<{ qr: string; reference: string }> {
    await phone.goto(`${network.url}/ban-hang`)
    // The keys change the amount on the phone once the page has hydrated (an <output>, not the no-JS input).
    await expect.poll(() => phone.locator('output[data-testid="stall-amount"]').count()).toBe(1)
    await phone.getByTestId("rail-vietqr").check()
    for (const key of keys) await phone.getByTestId(`key-${key}`).click()
    await expect.poll(() => phone.getByTestId("stall-amount").textContent()).toContain(shown)
    await phone.getByTestId("create-qr").click()
    await phone.waitForURL(/\/ban-hang\/ma\/[^/]+$/, { timeout: 30_000 })
    const qrBox = phone.getByTestId("stall-qr")
    await qrBox.waitFor({ state: "visible", timeout: 30_000 })
    const qr = (await qrBox.getAttribute("data-qr-payload")) ?? ""
    expect(qr).toMatch(/^000201/)
    await phone.getByTestId("stall-waiting").waitFor({ state: "visible" })
    const [before, after] = vi["stall.qr.reference"].split("{reference}") as [string, string]
    const refText = ((await phone.locator(".stall-qr-ref").textContent()) ?? "").trim()
    const reference = refText.slice(before.length, refText.length - after.length).trim()
    expect(reference).toMatch(/^[A-Z0-9]{5,}$/)
    return { qr, reference }
  }

  const spoken = () => phone.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)

  beforeAll(async () => {
    assertChromium()
    stack = await startStack({ bankSandbox: true })
    await createVendor()
    const storefrontPort = Number(new URL(stack.storefrontUrl).port)
    network = new FlakyNetwork(await findFreePort(13400), storefrontPort)
    await network.start()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    // Before any page script: record what the page says aloud (a stub where the browser has no speech).
    await context.addInitScript(() => {
      const scope = window as unknown as {
        __spoken: { text: string; lang: string }[]
        speechSynthesis?: SpeechSynthesis
        SpeechSynthesisUtterance?: unknown
      }
      scope.__spoken = []
      if (!scope.SpeechSynthesisUtterance) {
        scope.SpeechSynthesisUtterance = class {
          lang = ""
          voice: unknown = null
          constructor(public text: string) {}
        }
      }
      if (!scope.speechSynthesis) {
        Object.defineProperty(window, "speechSynthesis", {
          configurable: true,
          value: { speak() {}, cancel() {}, getVoices: () => [], speaking: false, pending: false },
        })
      }
      const synth = window.speechSynthesis
      const speak = synth.speak.bind(synth)
      synth.speak = (utterance: SpeechSynthesisUtterance) => {
        scope.__spoken.push({ text: utterance.text, lang: utterance.lang })
        try {
          speak(utterance)
        } catch {
          // Headless: nothing to say it with.
        }
      }
    })
    phone = await context.newPage()
  })

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && phone) {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)
      await phone.screenshot({ path: `test-results/e2e-stall-${name}.png`, fullPage: true }).catch(() => undefined)
      await writeFile(`test-results/e2e-stall-${name}.html`, await phone.content()).catch(() => undefined)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await network?.cut()
    await stack?.stop()
  })

  it("signs the phone in at /ban-hang/dang-nhap and lands on the keypad", async () => {
    await phone.goto(`${network.url}/ban-hang/dang-nhap`)
    await phone.locator('input[name="email"]').fill(VENDOR.email)
    await phone.locator('input[name="password"]').fill(VENDOR.password)
    await phone.getByRole("button", { name: vi["stall.signin.submit"] }).click()
    await phone.waitForURL((url) => url.pathname === "/ban-hang", { timeout: 30_000 })
    await phone.getByTestId("create-qr").waitFor({ state: "visible" })
  })

  it("turns green and says 'hai trăm nghìn đồng' within a second of the bank's webhook", async () => {
    const { qr, reference } = await askFor(["2", "0", "0", "0", "0", "0"], "200.000")
    references.first = reference
    expect(await phone.getByTestId("stall-paid").count()).toBe(0)

    const answer = await bankPays(qr)
    const answeredAt = Date.now()
    expect(answer.delivery).toMatchObject({ status: 200, body: { success: true } })
    await phone.getByTestId("stall-paid").waitFor({ state: "visible", timeout: 1_000 })
    console.log(`[e2e] stall-paid visible ${Date.now() - answeredAt} ms after the webhook's answer`)

    const paid = (await phone.getByTestId("stall-paid").textContent()) ?? ""
    expect(paid).toContain("hai trăm nghìn đồng")
    expect(paid).toContain(reference)
    await expect
      .poll(spoken)
      .toContainEqual({ text: expect.stringMatching(new RegExp(`hai trăm nghìn đồng.*${reference}`)), lang: "vi-VN" })
  })

  it("still turns green when the phone's network drops while the money arrives", async () => {
    const { qr, reference } = await askFor(["5", "0", "000"], "50.000")
    references.second = reference
    await network.cut()
    const answer = await bankPays(qr)
    expect(answer.delivery).toMatchObject({ status: 200, body: { success: true } })
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await phone.getByTestId("stall-paid").count()).toBe(0)
    const back = Date.now()
    await network.start()
    await phone.getByTestId("stall-paid").waitFor({ state: "visible", timeout: 15_000 })
    console.log(`[e2e] after the network came back, stall-paid visible in ${Date.now() - back} ms`)
    const paid = (await phone.getByTestId("stall-paid").textContent()) ?? ""
    expect(paid).toContain("năm mươi nghìn đồng")
    expect(paid).toContain(reference)
    await expect
      .poll(spoken)
      .toContainEqual({ text: expect.stringMatching(new RegExp(`năm mươi nghìn đồng.*${reference}`)), lang: "vi-VN" })
  })

  it("shows 'Cần kiểm tra', not green, when 200 đ arrive for a 200.000 đ QR", async () => {
    const { qr, reference } = await askFor(["2", "0", "0", "000"], "200.000")
    references.wrong = reference
    const answer = await bankPays(qr, 200)
    expect(answer.delivery).toMatchObject({ status: 200, body: { success: true } })
    const review = phone.getByTestId("stall-review")
    await review.waitFor({ state: "visible", timeout: 15_000 })
    expect(await review.textContent()).toContain(vi["stall.qr.review_title"])
    // Nothing turns it green afterwards either.
    await new Promise((r) => setTimeout(r, 1_500))
    expect(await phone.getByTestId("stall-paid").count()).toBe(0)
    expect(await phone.getByTestId("stall-waiting").isVisible()).toBe(true)
    const said = await spoken()
    expect(said.some((s) => s.text.includes(reference))).toBe(false)
  })

  it("counts only the two paid requests in today's total on /ban-hang", async () => {
    await phone.goto(`${network.url}/ban-hang`)
    await expect.poll(() => phone.getByTestId("stall-today-total").textContent()).toContain("250.000")
  })
})
