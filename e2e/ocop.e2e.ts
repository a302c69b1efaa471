import { writeFile } from "node:fs/promises"
import { certificateProblems, vietnamToday } from "@choso/ocop-rules"
import { type Browser, chromium, type Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { TEXT as ocopLabels, STATUS_LABELS } from "../plugins/ocop/src/admin/lib/labels"
import { OCOP_EXPIRED } from "../seed/src/catalog/ocop"
import { products as seededProducts } from "../seed/src/catalog/products"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import vi from "../storefront/app/i18n/vi.json"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

const PRODUCER = {
  email: "mat-ong-song-trem@example.vn",
  password: "mat-ong-song-trem-2026",
  name: "Hộ kinh doanh Mật ong Sông Trẹm",
  representative: "Trần Văn Tư",
}
const PRODUCT_TITLE = "Mật ong hoa tràm Sông Trẹm"

/** What the seller types from the provincial decision: 4★, 78 points, issued on 15 June 2026. */
const CERTIFICATE = {
  stars: "4",
  score: "78",
  group: "thuc-pham",
  authority_level: "provincial",
  authority_name: "UBND tỉnh Cà Mau",
  decision_number: "1234/QĐ-UBND",
  decision_date: "2026-06-15",
}
/** 36 months to the last valid day, as the panel prints it (dd/mm/yyyy). */
const VALID_UNTIL_SHOWN = "14/06/2029"
const DECISION_DATE_SHOWN = "15/06/2026"

/** A phone photo of the paper decision: JPEG with the camera's EXIF and a GPS position. */
function certificatePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1130, channels: 3, background: { r: 250, g: 245, b: 230 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 10/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 9/1 0/1" },
    })
    .toBuffer()
}

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies field by field
async function call(url: string, init: RequestInit & { token?: string } = {}): Promise<any> {
  const headers: Record<string, string> = init.body ? { "content-type": "application/json" } : {}
  if (init.token) headers.authorization = `Bearer ${init.token}`
  const res = await fetch(url, { ...init, headers })
  const text = await res.text()
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: HTTP ${res.status} ${text}`)
  return text ? JSON.parse(text) : {}
}

/** A household producer registered and approved through the HTTP API, with one published product. */
async function producer(stack: RunningStack): Promise<{ productId: string; handle: string }> {
  const base = stack.backendUrl
  const signUp = await call(`${base}/auth/seller/emailpass/register`, {
    method: "POST",
    body: JSON.stringify({ email: PRODUCER.email, password: PRODUCER.password }),
  })
  const registered = await call(`${base}/vendor/sellers`, {
    method: "POST",
    token: signUp.token,
    body: JSON.stringify({
      member_name: PRODUCER.representative,
      seller: {
        name: PRODUCER.name,
        kind: "household",
        legal_form: "household_business",
        business_registration_number: "96A8019001",
        representative: PRODUCER.representative,
        id_number: "096186019001",
        phone: "0912 345 678",
        email: PRODUCER.email,
        province_code: "96",
        ward_code: "31825",
        address_line: "Ấp 3",
        bank_bin: "970436",
        bank_account_number: "0071000219001",
        bank_account_name: "TRAN VAN TU",
      },
    }),
  })
  const { token } = await call(`${base}/auth/token/refresh`, { method: "POST", token: signUp.token })
  const admin = await adminToken(base, DEMO_ADMIN.email, DEMO_ADMIN.password)
  await call(`${base}/admin/sellers/${registered.seller.id}/status`, {
    method: "POST",
    token: admin,
    body: JSON.stringify({ status: "approved" }),
  })
  const created = await call(`${base}/vendor/products`, {
    method: "POST",
    token,
    body: JSON.stringify({
      title: { vi: PRODUCT_TITLE, en: "Song Trem melaleuca honey" },
      description: { vi: "Mật ong rừng tràm U Minh, quay mật tháng Tư.", en: "U Minh melaleuca forest honey." },
      variants: [{ title: { vi: "Chai 500 ml", en: "500 ml bottle" }, price: 180000, stock: 20 }],
      photos: [],
    }),
  })
  const productId = created.product.id as string
  await call(`${base}/vendor/products/${productId}/publish`, {
    method: "POST",
    token,
    body: JSON.stringify({ published: true }),
  })
  return { productId, handle: created.product.handle as string }
}

/**
 * A household sends its provincial OCOP decision from a phone, the operator checks the photo and
 * approves it in the Medusa admin, and shoppers see the 4★ badge and the certificate panel — while
 * the seeded product whose certificate expired shows neither.
 */
describe("an OCOP certificate goes from the seller's phone to the shopper's product page", () => {
  let stack: RunningStack
  let browser: Browser
  let current: Page | undefined
  let product = { productId: "", handle: "" }

  beforeAll(async () => {
    assertChromium()
    stack = await startStack()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    product = await producer(stack)
  })

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && current) {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)
      await current.screenshot({ path: `test-results/e2e-${name}.png`, fullPage: true }).catch(() => undefined)
      await writeFile(`test-results/e2e-${name}.html`, await current.content()).catch(() => undefined)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  const field = (page: Page, name: string) => page.locator(`[name="${name}"]`)
  const overflowsSideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

  it("is sent from a 390 px phone with a photo of the decision, after the 4★/95-point refusal", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    current = phone
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/dang-nhap`)
    await field(phone, "email").fill(PRODUCER.email)
    await field(phone, "password").fill(PRODUCER.password)
    await phone.getByRole("button", { name: vi["seller.signin.submit"] }).click()
    await phone.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 60_000 })

    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/ocop/moi`)
    await expect.poll(() => phone.locator("h1").textContent()).toBe(vi["ocop.form.title"])
    await phone.getByLabel(PRODUCT_TITLE).check()
    await phone.locator(`input[name="stars"][value="${CERTIFICATE.stars}"]`).check()
    await field(phone, "score").fill("95")
    await field(phone, "group").selectOption(CERTIFICATE.group)
    await field(phone, "authority_level").selectOption(CERTIFICATE.authority_level)
    await field(phone, "authority_name").fill(CERTIFICATE.authority_name)
    await field(phone, "decision_number").fill(CERTIFICATE.decision_number)
    await field(phone, "decision_date").fill(CERTIFICATE.decision_date)
    await field(phone, "file").setInputFiles({
      name: "quyet-dinh-ocop.jpg",
      mimeType: "image/jpeg",
      buffer: await certificatePhoto(),
    })
    expect(await overflowsSideways(phone)).toBe(false)

    // 95 points is a 5★ score: refused in Vietnamese next to the score, nothing sent.
    const refusal = certificateProblems({ ...CERTIFICATE, stars: 4, score: 95 }, vietnamToday()).find(
      (p) => p.field === "score"
    )
    expect(refusal?.message).toContain("là hạng 5 sao")
    await phone.getByRole("button", { name: vi["ocop.form.submit"] }).click()
    await expect.poll(() => phone.locator("#score-error").textContent()).toBe(refusal?.message)
    expect(new URL(phone.url()).pathname).toBe("/kenh-nguoi-ban/ocop/moi")
    expect(await overflowsSideways(phone)).toBe(false)

    await field(phone, "score").fill(CERTIFICATE.score)
    await phone.getByRole("button", { name: vi["ocop.form.submit"] }).click()
    await phone.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/ocop", { timeout: 60_000 })
    await expect.poll(() => phone.locator("main").textContent()).toContain(vi["ocop.seller.sent"])
    const item = phone.locator("li.ocop-certificate").filter({ hasText: PRODUCT_TITLE })
    await expect.poll(() => item.count()).toBe(1)
    const text = (await item.textContent()) ?? ""
    expect(text).toContain(vi["ocop.status.submitted"])
    expect(text).toContain(CERTIFICATE.authority_name)
    expect(text).toContain(CERTIFICATE.decision_number)
    expect(await overflowsSideways(phone)).toBe(false)
    await phone.close()
  })

  it("is approved by the operator in the Medusa admin after reading the photo", async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    current = admin
    await admin.goto(`${stack.backendUrl}/app/login`)
    await admin.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await admin.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

    await admin.goto(`${stack.backendUrl}/app/ocop`)
    await admin.getByRole("link", { name: PRODUCT_TITLE, exact: true }).click({ timeout: 60_000 })
    await admin.waitForURL((url) => /\/app\/ocop\/[^/]+$/.test(url.pathname))
    await expect
      .poll(() => admin.locator("body").textContent(), { timeout: 30_000 })
      .toContain(CERTIFICATE.decision_number)
    // The photo itself, beside the facts (re-encoded by the backend, shown from a blob).
    const photo = admin.getByRole("img", { name: ocopLabels.document.imageAlt })
    await photo.waitFor({ state: "visible", timeout: 30_000 })
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

    await admin.getByRole("button", { name: ocopLabels.review.approve, exact: true }).first().click()
    const dialog = admin.getByRole("alertdialog")
    await expect.poll(() => dialog.textContent()).toContain(ocopLabels.review.approveTitle)
    await dialog.getByRole("button", { name: ocopLabels.review.approve, exact: true }).click()
    await expect
      .poll(() => admin.locator("body").textContent(), { timeout: 30_000 })
      .toContain(ocopLabels.review.done.approve)
    // Approved: only "Thu hồi" is left to do, and the status says so.
    await admin.getByRole("button", { name: ocopLabels.review.revoke, exact: true }).waitFor({ timeout: 30_000 })
    expect(await admin.getByText(STATUS_LABELS.approved, { exact: true }).count()).toBeGreaterThan(0)

    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const id = new URL(admin.url()).pathname.split("/").pop()
    const { certificate } = await call(`${stack.backendUrl}/admin/ocop/certificates/${id}`, { token })
    expect(certificate.status).toBe("approved")
    expect(certificate.valid_until).toBe("2029-06-14")
    expect(certificate.products.map((p: { id: string }) => p.id)).toEqual([product.productId])
    await admin.close()
  })

  it("shows shoppers the 4★ badge and the certificate, and nothing for an expired one", async () => {
    const shopper = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    current = shopper
    await shopper.goto(`${stack.storefrontUrl}/san-pham/${product.handle}`)
    await expect.poll(() => shopper.locator("h1").textContent()).toContain(PRODUCT_TITLE)
    const badge = shopper.locator(".product-info .ocop-badge")
    expect(await badge.getAttribute("data-ocop-stars")).toBe("4")
    expect(await badge.textContent()).toContain(vi["ocop.stars_label"].replace("{stars}", "4"))
    const panel = shopper.locator('section[aria-labelledby="ocop-certificate-title"]')
    await panel.waitFor({ state: "visible" })
    const facts = (await panel.textContent()) ?? ""
    for (const fact of [
      vi["ocop.panel.title"],
      vi["ocop.stars_label"].replace("{stars}", "4"),
      CERTIFICATE.authority_name,
      vi["ocop.panel.decision_value"]
        .replace("{number}", CERTIFICATE.decision_number)
        .replace("{date}", DECISION_DATE_SHOWN),
      VALID_UNTIL_SHOWN,
    ]) {
      expect(facts).toContain(fact)
    }
    const register = panel.getByRole("link", { name: vi["ocop.panel.register"] })
    expect(await register.getAttribute("href")).toContain("ocopvietnam.gov.vn")
    expect(await overflowsSideways(shopper)).toBe(false)

    // The seeded product whose certificate is past its 36 months: no badge, no panel.
    await shopper.goto(`${stack.storefrontUrl}/san-pham/${OCOP_EXPIRED}`)
    const expiredTitle = seededProducts.find((p) => p.handle === OCOP_EXPIRED)?.title.vi ?? OCOP_EXPIRED
    await expect.poll(() => shopper.locator("h1").textContent()).toContain(expiredTitle)
    expect(await shopper.locator(".ocop-badge").count()).toBe(0)
    expect(await shopper.locator("#ocop-certificate-title").count()).toBe(0)
    expect((await shopper.locator("main").textContent()) ?? "").not.toContain(vi["ocop.panel.title"])

    // The OCOP page lists it among the 4★ products (the overview's first 8, else "Xem tất cả"), badge on its card.
    await shopper.goto(`${stack.storefrontUrl}/ocop`)
    const fourStars = shopper.locator('section[aria-labelledby="ocop-stars-4"]')
    await fourStars.waitFor({ state: "visible" })
    const cardIn = (section: typeof fourStars) =>
      section.locator("article.product-card").filter({ has: shopper.locator(`a[href="/san-pham/${product.handle}"]`) })
    let card = cardIn(fourStars)
    if ((await card.count()) === 0) {
      await fourStars.locator('a[href="/ocop?stars=4"]').click()
      await shopper.waitForURL((url) => url.search === "?stars=4")
      card = cardIn(shopper.locator('section[aria-labelledby="ocop-stars-4"]'))
    }
    await expect.poll(() => card.count()).toBe(1)
    expect(await card.textContent()).toContain(PRODUCT_TITLE)
    expect(await card.locator(".ocop-badge").getAttribute("data-ocop-stars")).toBe("4")
    await shopper.close()
  })
})
