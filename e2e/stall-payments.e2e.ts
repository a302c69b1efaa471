import { writeFile } from "node:fs/promises"
import net from "node:net"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { TEXT as marketLabels, STALL_STATUS_LABELS } from "../plugins/market/src/admin/lib/labels"
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
  idNumber: "096185099001",
  phone: "0912 345 678",
  account: "0071000199001",
  holder: "NGUYEN THI SAU",
  stall: { code: "E2ESAU", number: "A12", display_name: "Cô Sáu — rau củ", goods: "Rau củ" },
}

/** A second vendor whose stall the operator has not verified yet: it waits in "Chờ xác minh". */
const NEW_VENDOR = {
  email: "chu.nam.e2e@example.vn",
  password: "mat-khau-quay-ca-2026",
  name: "Quầy cá chú Năm (e2e)",
  representative: "Trần Văn Năm",
  idNumber: "096185099002",
  phone: "0912 345 679",
  account: "0071000199002",
  holder: "TRAN VAN NAM",
  stall: { code: "E2ENAM", number: "B07", display_name: "Chú Năm — cá đồng", goods: "Cá đồng" },
}

type Vendor = typeof VENDOR

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
  /** Another page the current test drives (the customer's phone, the operator's admin), for the failure screenshot. */
  let other: Page | undefined
  let network: FlakyNetwork
  let marketId = ""
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

  const adminHeaders = async () => ({
    authorization: `Bearer ${await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)}`,
  })

  /** The operator adds the market the test's stalls are in. */
  async function createMarket(): Promise<void> {
    const { market } = await api(
      "/admin/markets",
      {
        code: "E2E-P2",
        name: "Chợ thử nghiệm e2e",
        province_code: "96",
        ward_code: "31825",
        address: "Đường Phan Ngọc Hiển, Cà Mau",
      },
      await adminHeaders()
    )
    marketId = market!.id
  }

  /**
   * Signs up, registers a stall seller, and lets the operator approve it, give it a stall and, unless
   * told not to, verify the account. Returns the stall's id.
   */
  async function createVendor(vendor: Vendor, { verify = true }: { verify?: boolean } = {}): Promise<string> {
    const { token } = await api("/auth/seller/emailpass/register", { email: vendor.email, password: vendor.password })
    const registered = await api(
      "/vendor/sellers",
      {
        member_name: vendor.representative,
        seller: {
          name: vendor.name,
          kind: "stall",
          legal_form: "individual",
          representative: vendor.representative,
          id_number: vendor.idNumber,
          phone: vendor.phone,
          email: vendor.email,
          province_code: "96",
          ward_code: "31825",
          address_line: "Chợ Phường 2",
          bank_bin: "970436",
          bank_account_number: vendor.account,
          bank_account_name: vendor.holder,
        },
      },
      { authorization: `Bearer ${token}` }
    )
    const admin = await adminHeaders()
    await api(`/admin/sellers/${registered.seller!.id}/status`, { status: "approved" }, admin)
    const { stall } = await api(
      "/admin/stalls",
      {
        market_id: marketId,
        seller_id: registered.seller!.id,
        ...vendor.stall,
        bank_bin: "970436",
        bank_account: vendor.account,
        account_holder: vendor.holder,
      },
      admin
    )
    if (verify) {
      await api(`/admin/stalls/${stall!.id}/verify-account`, { holder_name: vendor.holder.toLowerCase() }, admin)
    }
    return stall!.id
  }

  /** Signs a phone of the vendor in through the API, as /ban-hang/dang-nhap does: its device token. */
  async function deviceOf(vendor: Vendor): Promise<string> {
    const { token: jwt } = await api("/auth/seller/emailpass", { email: vendor.email, password: vendor.password })
    const { token } = await api(
      "/vendor/market/devices",
      { label: "Điện thoại e2e" },
      { authorization: `Bearer ${jwt}` }
    )
    return token
  }

  /** That phone asks for a VietQR payment through the API; the raw answer. */
  async function phoneAsksFor(device: string, amount: number) {
    const res = await fetch(`${stack.backendUrl}/stall/payment-requests`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-stall-device": device,
        "x-publishable-api-key": stack.publishableKey,
      },
      body: JSON.stringify({ amount, rail: "vietqr" }),
    })
    const body = (await res.json().catch(() => null)) as {
      message?: string
      request?: { amount: number; status: string; qr_payload: string }
    } | null
    return { status: res.status, body }
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

  /**
   * On the keypad screen: picks the rail (VietQR unless told), types the keys, checks the amount
   * shown and creates the QR; returns its payload (the VietQR string, or the VNPay payment URL) and reference.
   */
  async function askFor(
    keys: string[],
    shown: string,
    rail: "vietqr" | "vnpay" = "vietqr"
  ): Promise<{ qr: string; reference: string }> {
    await phone.goto(`${network.url}/ban-hang`)
    // The keys change the amount on the phone once the page has hydrated (an <output>, not the no-JS input).
    await expect.poll(() => phone.locator('output[data-testid="stall-amount"]').count()).toBe(1)
    await phone.getByTestId(`rail-${rail}`).check()
    for (const key of keys) await phone.getByTestId(`key-${key}`).click()
    await expect.poll(() => phone.getByTestId("stall-amount").textContent()).toContain(shown)
    await phone.getByTestId("create-qr").click()
    await phone.waitForURL(/\/ban-hang\/ma\/[^/]+$/, { timeout: 30_000 })
    const qrBox = phone.getByTestId("stall-qr")
    await qrBox.waitFor({ state: "visible", timeout: 30_000 })
    const qr = (await qrBox.getAttribute("data-qr-payload")) ?? ""
    if (rail === "vietqr") expect(qr).toMatch(/^000201/)
    else expect(qr.startsWith(`${stack.sandboxUrl}/paymentv2/vpcpay.html?`)).toBe(true)
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
    await createMarket()
    await createVendor(VENDOR)
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
    if (ctx.task.result?.state === "fail") {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)
      for (const [page, suffix] of [
        [phone, ""],
        [other, "-other"],
      ] as const) {
        if (!page || page.isClosed()) continue
        await page
          .screenshot({ path: `test-results/e2e-stall-${name}${suffix}.png`, fullPage: true })
          .catch(() => undefined)
        await writeFile(`test-results/e2e-stall-${name}${suffix}.html`, await page.content()).catch(() => undefined)
      }
    }
    await other?.context().close()
    other = undefined
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

  it("takes 150.000 đ by VNPay: the customer pays on VNPay's page and both phones say it is paid", async () => {
    const { qr: paymentUrl, reference } = await askFor(["1", "5", "0", "000"], "150.000", "vnpay")
    expect(await phone.getByTestId("stall-paid").count()).toBe(0)

    // The customer's own phone opens the QR's link: VNPay's (sandbox) payment page.
    const customerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    const customer = await customerContext.newPage()
    other = customer
    await customer.goto(paymentUrl)
    await expect.poll(() => customer.locator("#amount").textContent()).toMatch(/150\.000/)
    await customer.locator('button[name="result"][value="success"]').click()
    // VNPay sends the customer back to the storefront (its real port) and the IPN to the backend.
    await customer.waitForURL((url) => url.pathname === "/thanh-toan/vnpay", { timeout: 30_000 })
    const landed = Date.now()
    expect(new URL(customer.url()).origin).toBe(stack.storefrontUrl)
    const title = customer.locator("#vnpay-title")
    const firstTitle = ((await title.textContent()) ?? "").trim()
    console.log(`[e2e] the customer's return page first said: ${firstTitle}`)

    await phone.getByTestId("stall-paid").waitFor({ state: "visible", timeout: 30_000 })
    console.log(`[e2e] the vendor's stall-paid visible ${Date.now() - landed} ms after the customer's return`)
    const paid = (await phone.getByTestId("stall-paid").textContent()) ?? ""
    expect(paid).toContain("một trăm năm mươi nghìn đồng")
    expect(paid).toContain(reference)
    await expect.poll(spoken).toContainEqual({
      text: expect.stringMatching(new RegExp(`một trăm năm mươi nghìn đồng.*${reference}`)),
      lang: "vi-VN",
    })

    if (firstTitle === vi["vnpay.stall.pending_title"]) {
      // Back before VNPay's IPN was recorded: the page offers "Tải lại", as the customer would tap.
      console.log("[e2e] the customer came back before the IPN was recorded: tapping Tải lại")
      await customer.getByRole("link", { name: vi["vnpay.stall.reload"] }).click()
    }
    await expect.poll(() => title.textContent()).toBe(vi["vnpay.stall.paid_title"])
    const shown = (await customer.locator("body").textContent()) ?? ""
    expect(shown).toContain(vi["vnpay.stall.paid_body"])
    expect(shown).toContain("150.000")
    expect(shown.toLowerCase()).not.toContain("đang tạo đơn hàng")
  })

  it("is verified in the Medusa admin — a wrong holder name refused — and only then takes payments", async () => {
    const stallId = await createVendor(NEW_VENDOR, { verify: false })
    const device = await deviceOf(NEW_VENDOR)
    const before = await phoneAsksFor(device, 30_000)
    expect(before.status).toBe(400)
    expect(before.body?.message).toContain("xác minh tài khoản")

    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    other = admin
    await admin.goto(`${stack.backendUrl}/app/login`)
    await admin.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await admin.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

    // Chợ 4.0 from the admin's menu; its stalls open on "Chờ xác minh".
    await admin.getByRole("link", { name: marketLabels.markets.menu, exact: true }).first().click({ timeout: 60_000 })
    await admin.waitForURL((url) => url.pathname === "/app/markets")
    await admin.getByRole("tab", { name: STALL_STATUS_LABELS.pending, exact: true }).click()
    const row = admin.getByRole("row").filter({ hasText: NEW_VENDOR.stall.code })
    await expect.poll(() => row.textContent(), { timeout: 60_000 }).toContain(STALL_STATUS_LABELS.pending)
    expect(await row.textContent()).toContain(marketLabels.verify.unverified)
    await row.getByRole("link", { name: NEW_VENDOR.stall.display_name }).click()
    await admin.waitForURL((url) => url.pathname === `/app/markets/stalls/${stallId}`)
    const notice = admin.getByRole("note")
    await expect.poll(() => notice.textContent()).toContain(marketLabels.stall.cannotTakePayments.unverified)

    await admin.getByRole("button", { name: marketLabels.verify.action, exact: true }).click()
    const dialog = admin.getByRole("alertdialog")
    await dialog.waitFor({ state: "visible" })
    expect(await dialog.textContent()).toContain(NEW_VENDOR.holder)
    const holder = dialog.getByLabel(marketLabels.verify.holderLabel)
    const submit = dialog.getByRole("button", { name: marketLabels.verify.action, exact: true })

    // The bank shows another name: the backend refuses, in Vietnamese, inside the dialog.
    await holder.fill("TRAN VAN SAI")
    await submit.click()
    const refusal = dialog.getByRole("alert")
    await expect.poll(() => refusal.textContent()).toContain("không khớp")
    expect(await refusal.textContent()).toContain(marketLabels.verify.refused)

    // The declared name, as the operator types it (any case): verified, the stall is selling.
    await holder.fill(NEW_VENDOR.holder.toLowerCase())
    await expect.poll(() => refusal.count()).toBe(0)
    await submit.click()
    await dialog.waitFor({ state: "hidden", timeout: 30_000 })
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain(marketLabels.stall.canTakePayments)
    const page = (await admin.locator("body").textContent()) ?? ""
    expect(page).toContain(STALL_STATUS_LABELS.active)
    expect(page).toContain(marketLabels.verify.verified)
    expect(page).not.toContain(STALL_STATUS_LABELS.pending)
    expect(page).not.toContain(marketLabels.verify.unverified)
    expect(await admin.getByRole("button", { name: marketLabels.verify.again, exact: true }).count()).toBe(1)

    // The same phone, unchanged, now gets its QR.
    const after = await phoneAsksFor(device, 30_000)
    expect(after.status).toBe(201)
    expect(after.body?.request).toMatchObject({ amount: 30_000, status: "pending" })
    expect(after.body?.request?.qr_payload).toMatch(/^000201/)
  })
})
