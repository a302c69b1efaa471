import { randomBytes } from "node:crypto"
import { writeFile } from "node:fs/promises"
import { gtinCheckDigit, lotEpcClass, traceUriOf } from "@choso/trace-rules"
import jsQR from "jsqr"
import { type Browser, chromium, type Locator, type Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { DEMO_SELLER_PASSWORD, DEMO_SELLERS } from "../seed/src/setup/constants"
import vi from "../storefront/app/i18n/vi.json"
import { assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

/** A GTIN-13 in the 20–29 range: restricted circulation, never a real product's number. */
const GTIN = `200123456789${gtinCheckDigit("200123456789")}`
const GTIN14 = `0${GTIN}`
const LOT_CODE = "HTX-E2E-01"
const PLACE = "Ấp 7, rừng tràm U Minh Hạ"

/** A Vietnam calendar day `offsetDays` from now, YYYY-MM-DD. */
function vietnamDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

/** A phone photo of the harvest: JPEG with the camera's EXIF and a GPS position. */
function harvestPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 200, g: 150, b: 40 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 24/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "104/1 58/1 0/1" },
    })
    .toBuffer()
}

/** The QR code in a label, read from a screenshot of it. */
async function decodeLabel(label: Locator): Promise<string | null> {
  const png = await label.screenshot()
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null
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

/**
 * A cooperative, from a 390 px phone: creates a lot, records its harvest (with a photo) and its
 * packing, prints QR labels whose codes lead to the lot's public trace page, and sees an invalid
 * EPCIS document refused with its errors and nothing stored.
 */
describe("a cooperative traces a lot from its phone and prints its labels", () => {
  let stack: RunningStack
  let browser: Browser
  let phone: Page
  let current: Page | undefined
  let token = ""
  let lotId = ""
  // biome-ignore lint/suspicious/noExplicitAny: the lot as GET /vendor/trace/lots/:id answers it
  let lot: any

  beforeAll(async () => {
    assertChromium()
    // The chain heads' signing key (production refuses to start without one).
    stack = await startStack({ backendEnv: { TRACE_SIGNING_KEY: randomBytes(32).toString("base64") } })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    // A phone's screen: 390 CSS px, 3 device pixels each (what makes small labels' QR readable here too).
    phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, locale: "vi-VN" })
    current = phone
    ;({ token } = await call(`${stack.backendUrl}/auth/seller/emailpass`, {
      method: "POST",
      body: JSON.stringify({ email: DEMO_SELLERS.cooperative, password: DEMO_SELLER_PASSWORD }),
    }))
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
  const lotDetail = () => call(`${stack.backendUrl}/vendor/trace/lots/${lotId}`, { token })

  it("signs in and creates a lot with a GTIN, after a wrong check digit is refused", async () => {
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/dang-nhap`)
    await field(phone, "email").fill(DEMO_SELLERS.cooperative)
    await field(phone, "password").fill(DEMO_SELLER_PASSWORD)
    await phone.getByRole("button", { name: vi["seller.signin.submit"] }).click()
    await phone.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 60_000 })

    await phone.getByRole("link", { name: vi["sellerTrace.nav"], exact: true }).click()
    await phone.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/lo-hang")
    await phone.getByRole("link", { name: vi["sellerTrace.list.new"] }).click()
    await phone.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/lo-hang/moi")

    // Prefilled: a code from today's date, today as the production date, the profile's ward.
    expect(await field(phone, "code").inputValue()).toMatch(/^L\d{6}(-\d+)?$/)
    expect(await field(phone, "produced_on").inputValue()).toBe(vietnamDay())
    expect(await field(phone, "origin_ward_code").inputValue()).not.toBe("")

    const variant = field(phone, "variant_id")
    const firstVariant = await variant.locator("option:not([value=''])").first().getAttribute("value")
    await variant.selectOption(firstVariant ?? "")
    await field(phone, "code").fill(LOT_CODE)
    const wrongDigit = `${GTIN.slice(0, 12)}${(Number(GTIN[12]) + 1) % 10}`
    await field(phone, "gtin").fill(wrongDigit)
    await field(phone, "expires_on").fill(vietnamDay(365))
    await field(phone, "quantity").fill("120")
    await field(phone, "unit").selectOption("kg")
    await field(phone, "origin_place").fill(PLACE)
    await phone.getByRole("button", { name: vi["sellerTrace.new.submit"] }).click()
    await expect.poll(() => phone.locator("#gtin-error").textContent()).toBe(vi["sellerTrace.error.gtin_invalid"])
    expect(await overflowsSideways(phone)).toBe(false)

    await field(phone, "gtin").fill(GTIN)
    await phone.getByRole("button", { name: vi["sellerTrace.new.submit"] }).click()
    await phone.waitForURL(
      (url) => /^\/kenh-nguoi-ban\/lo-hang\/[^/]+$/.test(url.pathname) && url.search.includes("notice=created"),
      {
        timeout: 60_000,
      }
    )
    lotId = new URL(phone.url()).pathname.split("/").pop() ?? ""
    await expect.poll(() => phone.locator("main").textContent()).toContain(vi["sellerTrace.notice.created"])
    ;({ lot } = await lotDetail())
    expect(lot).toMatchObject({ code: LOT_CODE, gtin: GTIN14, quantity: 120, unit: "kg", event_count: 0 })
    expect(await overflowsSideways(phone)).toBe(false)
  })

  it("records the harvest with a camera photo and the packing, and sees both on the timeline", async () => {
    await phone.getByRole("link", { name: vi["sellerTrace.step.harvest"], exact: true }).click()
    await phone.waitForURL((url) => url.pathname.endsWith("/su-kien") && url.search === "?step=harvest")
    expect(await field(phone, "step").inputValue()).toBe("harvest")
    // Now, in Vietnam time; the lot's place.
    expect((await field(phone, "event_time").inputValue()).slice(0, 10)).toBe(vietnamDay())
    expect(await field(phone, "place_name").inputValue()).toContain(PLACE)
    expect(await phone.locator("#photos").getAttribute("capture")).toBe("environment")
    await field(phone, "quantity").fill("120")
    await phone
      .locator("#photos")
      .setInputFiles({ name: "thu-hoach.jpg", mimeType: "image/jpeg", buffer: await harvestPhoto() })
    expect(await overflowsSideways(phone)).toBe(false)
    await phone
      .getByRole("button", { name: vi["sellerTrace.event.submit"].replace("{step}", vi["sellerTrace.step.harvest"]) })
      .click()
    await phone.waitForURL(
      (url) => url.pathname === `/kenh-nguoi-ban/lo-hang/${lotId}` && url.search.includes("notice=recorded"),
      {
        timeout: 120_000,
      }
    )

    await phone.getByRole("link", { name: vi["sellerTrace.step.packing"], exact: true }).click()
    await phone.waitForURL((url) => url.search === "?step=packing")
    await phone
      .getByRole("button", { name: vi["sellerTrace.event.submit"].replace("{step}", vi["sellerTrace.step.packing"]) })
      .click()
    await phone.waitForURL(
      (url) => url.pathname === `/kenh-nguoi-ban/lo-hang/${lotId}` && url.search.includes("notice=recorded"),
      {
        timeout: 60_000,
      }
    )

    const events = phone.locator("ol.trace-timeline > li")
    await expect.poll(() => events.count()).toBe(2)
    expect(await events.nth(0).locator("h3").textContent()).toContain(vi["sellerTrace.step.harvest"])
    expect(await events.nth(1).locator("h3").textContent()).toContain(vi["sellerTrace.step.packing"])
    const photo = events.nth(0).locator("img")
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0)
    expect(await phone.locator(".trace-chain").textContent()).toContain(vi["sellerTrace.chain.intact"])
    const publicLink = phone.getByRole("link", { name: vi["sellerTrace.lot.public_page"] })
    expect(await publicLink.getAttribute("href")).toBe(lot.paths.digital_link)
    expect(await overflowsSideways(phone)).toBe(false)

    const detail = await lotDetail()
    expect(detail.events.map((e: { step: string }) => e.step)).toEqual(["harvest", "packing"])
    expect(detail.events[0].photos).toHaveLength(1)
    expect(detail.chain.status).toBe("intact")
  })

  it("prints medium labels carrying the Digital Link and small ones the short link, both leading to the trace page", async () => {
    await phone.getByRole("link", { name: vi["sellerTrace.lot.labels"] }).click()
    await phone.waitForURL((url) => url.pathname === `/kenh-nguoi-ban/lo-hang/${lotId}/tem`)
    await phone.locator('input[name="size"][value="medium"]').check()
    await field(phone, "count").fill("21")
    await phone.getByRole("button", { name: vi["sellerTrace.labels.make"] }).click()
    await phone.waitForURL((url) => url.search === "?size=medium&count=21")
    await expect.poll(() => phone.locator("section.label-sheet").count()).toBe(1)
    const medium = phone.locator("article.label")
    expect(await medium.count()).toBe(21)
    expect(await phone.getByRole("button", { name: vi["sellerTrace.labels.print"], exact: true }).isVisible()).toBe(
      true
    )
    expect(await overflowsSideways(phone)).toBe(false)

    const expectedDigitalLink = traceUriOf(stack.storefrontUrl, lot, "medium")
    expect(expectedDigitalLink).toContain(`/01/${GTIN14}/10/${LOT_CODE}`)
    const text = (await medium.first().textContent()) ?? ""
    for (const fact of [LOT_CODE, expectedDigitalLink, "Hợp tác xã Ong Mật Tràm Xanh U Minh"])
      expect(text).toContain(fact)
    expect(await decodeLabel(medium.first())).toBe(expectedDigitalLink)
    expect(await decodeLabel(medium.last())).toBe(expectedDigitalLink)

    await phone.locator('input[name="size"][value="small"]').check()
    await field(phone, "count").fill("21")
    await phone.getByRole("button", { name: vi["sellerTrace.labels.make"] }).click()
    await phone.waitForURL((url) => url.search === "?size=small&count=21")
    const small = phone.locator("article.label.label-small")
    await expect.poll(() => small.count()).toBe(21)
    const expectedShort = traceUriOf(stack.storefrontUrl, lot, "small")
    expect(expectedShort).toBe(`${stack.storefrontUrl}/t/${lot.short_code}`)
    const decodedShort = await decodeLabel(small.first())
    expect(decodedShort).toBe(expectedShort)

    // Both codes open the lot's public trace page.
    const shopper = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    current = shopper
    for (const uri of [expectedDigitalLink, decodedShort ?? ""]) {
      const response = await shopper.goto(uri)
      expect(response?.status()).toBe(200)
      const main = (await shopper.locator("main").textContent()) ?? ""
      expect(main).toContain(LOT_CODE)
      expect(main).toContain(lot.product.title)
    }
    await shopper.close()
    current = phone
  })

  it("refuses an invalid EPCIS document whole, listing its schema errors, and stores nothing", async () => {
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/lo-hang/nhap-epcis`)
    const invalid = {
      type: "EPCISDocument",
      schemaVersion: "2.0",
      epcisBody: {
        eventList: [
          { type: "ObjectEvent", eventTime: "hôm qua", quantityList: [{ epcClass: lotEpcClass(lot), quantity: 5 }] },
        ],
      },
    }
    await field(phone, "document").fill(JSON.stringify(invalid, null, 2))
    await phone.getByRole("button", { name: vi["sellerTrace.capture.submit"] }).click()
    const refusal = phone.locator(".trace-capture-errors")
    await refusal.waitFor({ state: "visible", timeout: 60_000 })
    expect(await refusal.textContent()).toContain(vi["sellerTrace.capture.nothing_stored"])
    expect(await refusal.locator("li").count()).toBeGreaterThan(0)
    expect(await overflowsSideways(phone)).toBe(false)
    const detail = await lotDetail()
    expect(detail.lot.event_count).toBe(2)
    expect(detail.events).toHaveLength(2)
  })
})
