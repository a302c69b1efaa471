import { writeFile } from "node:fs/promises"
import { vietnamToday } from "@choso/ocop-rules"
import { gtinCheckDigit, lotEpcClass, traceUriOf } from "@choso/trace-rules"
import jsQR from "jsqr"
import pg from "pg"
import { type Browser, chromium, type Locator, type Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { TEXT as lotsText } from "../plugins/traceability/src/admin/widgets/_order-lots/text"
import { DEMO_ADMIN, DEMO_SELLER_PASSWORD, DEMO_SELLERS } from "../seed/src/setup/constants"
import vi from "../storefront/app/i18n/vi.json"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

/**
 * Traceability end to end, on one stack: the shopper's and operator's side (a label opens its
 * lot's trace, the admin assigns an order's lots, tampering shows), then the cooperative's side on
 * its phone (a lot, its steps, printed labels, a refused EPCIS document).
 */

/** A time as the trace page prints it to a Vietnamese reader (Vietnam time, dd/mm/yyyy hh:mm). */
function shownTime(iso: string): string {
  return new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso))
}

/** The demo cooperative's honey, which it may trace (its own product), as the shopper sees it. */
const PRODUCT_HANDLE = "mat-ong-rung-tram-u-minh"
const PRODUCT_TITLE = "Mật ong rừng tràm U Minh Hạ"
const PRODUCER_NAME = "Hợp tác xã Ong Mật Tràm Xanh U Minh"
const LOT_CODE = "E2E-MAT-2612"
const LOT_EXPIRES_IN_DAYS = 360
/**
 * A second lot of the same honey that keeps longer but was produced earlier and recorded later:
 * only "earliest expiry first" puts it second (production date and newest-first would not).
 */
const LATER_LOT_CODE = "E2E-MAT-2606"
const LATER_LOT_EXPIRES_IN_DAYS = 540
/** A restricted-circulation GTIN-13 (prefix 20): the page calls it "mã minh hoạ". */
const GTIN13 = `209123450001${gtinCheckDigit("209123450001")}`

/** The lot the cooperative creates from its phone: another GTIN-13 in the 20–29 range. */
const SELLER_GTIN = `200123456789${gtinCheckDigit("200123456789")}`
const SELLER_GTIN14 = `0${SELLER_GTIN}`
const SELLER_LOT_CODE = "HTX-E2E-01"
const SELLER_PLACE = "Ấp 7, rừng tràm U Minh Hạ"

const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912345678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825" },
}

/** A Vietnam day `offset` days from today, at `hour`:00 Vietnam time, as ISO. */
function vietnamTime(offset: number, hour: number): string {
  const day = vietnamToday(new Date(Date.now() + offset * 86_400_000))
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`).toISOString()
}

/** A Vietnam day `offset` days from today, "YYYY-MM-DD". */
const vietnamDay = (offset = 0) => vietnamToday(new Date(Date.now() + offset * 86_400_000))
/** "YYYY-MM-DD" as the widget prints it, "dd/mm/yyyy". */
const shownDay = (day: string) => day.split("-").reverse().join("/")

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

/** A phone photo of the honey rafters: a small JPEG. */
function rafterPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 190, g: 140, b: 40 } } })
    .jpeg({ quality: 70 })
    .toBuffer()
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

interface Lot {
  id: string
  code: string
  short_code: string
  paths: { digital_link: string | null; short: string }
}

let stack: RunningStack
let browser: Browser
/** The page a failing test leaves a screenshot and its HTML of. */
let current: Page | undefined

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies field by field
async function call(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<any> {
  const headers: Record<string, string> = { "x-publishable-api-key": stack.publishableKey }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.json !== undefined) headers["content-type"] = "application/json"
  const res = await fetch(`${stack.backendUrl}${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: HTTP ${res.status} ${text}`)
  return text ? JSON.parse(text) : {}
}

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
const mainText = async (page: Page) => ((await page.locator("main").textContent()) ?? "").replace(/\u00a0/g, " ")

// One stack for the whole file (booting one takes about a minute); its signing key for the chain
// heads comes from startStack's backendEnv (TRACE_SIGNING_KEY from the environment, else a fresh one).
beforeAll(async () => {
  assertChromium()
  stack = await startStack()
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
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

/**
 * A cooperative records a lot of honey (and a second, longer-keeping one) and three steps through
 * the seller API; a shopper scans its label on a 390 px phone (Digital Link and short link) and
 * reads where it comes from, that the data is intact, and downloads the EPCIS export; the operator
 * assigns an order's lots on the Medusa admin's order page (earliest expiry suggested) and the
 * shopper's order line links to them; then one stored event is altered in PostgreSQL and the page
 * names that event as where the chain breaks.
 */
describe("a lot's label opens its trace, and a tampered event shows", () => {
  let sellerToken = ""
  let lot: Lot
  let laterLot: Lot
  let variantId = ""
  let packedAt = ""

  async function phone(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", ...options })
    current = await context.newPage()
    return current
  }

  beforeAll(async () => {
    const signIn = await call("/auth/seller/emailpass", {
      method: "POST",
      json: { email: DEMO_SELLERS.cooperative, password: DEMO_SELLER_PASSWORD },
    })
    sellerToken = signIn.token
    const { products } = await call(`/store/products?handle=${PRODUCT_HANDLE}&fields=id,*variants`)
    variantId = products[0].variants[0].id as string
    const { variants } = await call("/vendor/trace/variants", { token: sellerToken })
    expect(variants.map((v: { id: string }) => v.id)).toContain(variantId)

    const created = await call("/vendor/trace/lots", {
      method: "POST",
      token: sellerToken,
      json: {
        variant_id: variantId,
        code: LOT_CODE,
        gtin: GTIN13,
        produced_on: vietnamDay(-5),
        expires_on: vietnamDay(LOT_EXPIRES_IN_DAYS),
        quantity: 50,
        unit: "kg",
        origin_ward_code: "32047",
        origin_place: "Kèo ong số 12, rừng tràm U Minh Hạ",
      },
    })
    lot = created.lot
    const later = await call("/vendor/trace/lots", {
      method: "POST",
      token: sellerToken,
      json: {
        variant_id: variantId,
        code: LATER_LOT_CODE,
        produced_on: vietnamDay(-20),
        expires_on: vietnamDay(LATER_LOT_EXPIRES_IN_DAYS),
        quantity: 30,
        unit: "kg",
        origin_ward_code: "32047",
        origin_place: "Kèo ong số 7, rừng tràm U Minh Hạ",
      },
    })
    laterLot = later.lot

    const harvest = new FormData()
    harvest.set("step", "harvest")
    harvest.set("event_time", vietnamTime(-5, 6))
    harvest.set("quantity", "50")
    harvest.set("place_name", "Kèo ong số 12")
    harvest.set("note", "Mật tràm vụ tháng Mười Hai")
    harvest.append("photos", new Blob([new Uint8Array(await rafterPhoto())], { type: "image/jpeg" }), "keo-ong.jpg")
    await call(`/vendor/trace/lots/${lot.id}/events`, { method: "POST", token: sellerToken, body: harvest })
    packedAt = vietnamTime(-4, 9)
    await call(`/vendor/trace/lots/${lot.id}/events`, {
      method: "POST",
      token: sellerToken,
      json: { step: "packing", event_time: packedAt, quantity: 48, note: "Chiết chai thuỷ tinh 500 ml" },
    })
    await call(`/vendor/trace/lots/${lot.id}/events`, {
      method: "POST",
      token: sellerToken,
      json: { step: "inspecting", event_time: vietnamTime(-3, 14), note: "Độ ẩm 19 %" },
    })
  })

  it("opens from the Digital Link on a 390 px phone: product, producer, lot, events, 'Dữ liệu toàn vẹn'", async () => {
    expect(lot.paths.digital_link).toMatch(new RegExp(`^/01/0${GTIN13}/10/${LOT_CODE}(\\?17=\\d{6})?$`))
    const page = await phone()
    const scripts: string[] = []
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url())
    })
    const response = await page.goto(`${stack.storefrontUrl}${lot.paths.digital_link}`)
    expect(response?.status()).toBe(200)
    // A scan on weak 4G: plain HTML and CSS, no JavaScript at all.
    await page.waitForLoadState("load")
    expect(scripts).toEqual([])
    expect(await page.locator("script").count()).toBe(0)
    expect(response?.headers()["cache-control"]).toMatch(/max-age=30/)
    expect(await page.locator("h1").textContent()).toBe(PRODUCT_TITLE)
    const text = await mainText(page)
    for (const expected of [
      PRODUCER_NAME,
      LOT_CODE,
      `0${GTIN13}`,
      vi["trace.gtin_illustrative"],
      lot.short_code,
      "Kèo ong số 12, rừng tràm U Minh Hạ",
      vi["trace.step.harvest"],
      vi["trace.step.packing"],
      vi["trace.step.inspecting"],
      "Chiết chai thuỷ tinh 500 ml",
      shownTime(packedAt).replace(/\u00a0/g, " "),
      vi["trace.chain.intact"],
      fill(vi["trace.chain.intact_detail"], { count: 3 }),
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain(vi["trace.chain.broken"])
    expect(await page.locator(`a[href="/cua-hang/htx-ong-tram-xanh-u-minh"]`).count()).toBe(1)
    // The harvest photo: a lazy 192 px thumbnail with its size, opening the full picture.
    const thumb = page.locator(".trace-photos img").first()
    expect(await thumb.getAttribute("loading")).toBe("lazy")
    expect(await thumb.getAttribute("width")).toBe("88")
    await thumb.scrollIntoViewIfNeeded()
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192)
    const full = await page.locator(".trace-photos a").first().getAttribute("href")
    expect(full).not.toBe(await thumb.getAttribute("src"))
    expect((await fetch(full ?? "")).headers.get("content-type")).toMatch(/^image\//)
    expect(await overflowsSideways(page)).toBe(false)
    await page.context().close()
  })

  it("opens from the short link without JavaScript, and its EPCIS 2.0 export downloads", async () => {
    const page = await phone({ javaScriptEnabled: false })
    await page.goto(`${stack.storefrontUrl}${lot.paths.short}`)
    expect(await page.locator("h1").textContent()).toBe(PRODUCT_TITLE)
    const text = await mainText(page)
    expect(text).toContain(vi["trace.chain.intact"])
    expect(text).toContain(vi["trace.step.inspecting"])
    expect(await overflowsSideways(page)).toBe(false)
    const href = await page.getByRole("link", { name: vi["trace.data.epcis"] }).getAttribute("href")
    expect(href).toBe(`${lot.paths.short}/epcis.json`)
    await page.context().close()

    const res = await fetch(`${stack.storefrontUrl}${href}`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/)
    expect(res.headers.get("content-disposition")).toContain(`truy-xuat-${lot.short_code}.epcis.json`)
    const document = (await res.json()) as { type: string; epcisBody: { eventList: unknown[] } }
    expect(document.type).toBe("EPCISDocument")
    expect(document.epcisBody.eventList).toHaveLength(3)
  })

  it("says plainly that an unknown or malformed label names no lot", async () => {
    const page = await phone()
    const unknown = await page.goto(`${stack.storefrontUrl}/t/ZZZZZZZ`)
    expect(unknown?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toBe(vi["trace.not_found.title"])
    const wrongCheckDigit = `${GTIN13.slice(0, 12)}${(Number(GTIN13.at(-1)) + 1) % 10}`
    const malformed = await page.goto(`${stack.storefrontUrl}/01/${wrongCheckDigit}/10/${LOT_CODE}`)
    expect(malformed?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toBe(vi["trace.not_found.title"])
    await page.context().close()
  })

  it("has the operator assign the order's lots in the Medusa admin (FEFO suggested), and the shopper's line links to its lot's trace", async () => {
    // A shopper orders two jars of the honey (cash on delivery).
    const { regions } = await call("/store/regions")
    const { cart } = await call("/store/carts", {
      method: "POST",
      json: { region_id: regions[0].id, email: "lan@example.vn" },
    })
    await call(`/store/carts/${cart.id}/line-items`, { method: "POST", json: { variant_id: variantId, quantity: 2 } })
    await call(`/store/carts/${cart.id}`, { method: "POST", json: { shipping_address: ADDRESS } })
    const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
    await call(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      json: { option_id: shipping_options[0].id },
    })
    const { payment_collection } = await call("/store/payment-collections", {
      method: "POST",
      json: { cart_id: cart.id },
    })
    await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      json: { provider_id: "pp_system_default" },
    })
    const completed = await call(`/store/carts/${cart.id}/complete`, { method: "POST" })
    expect(completed.type).toBe("order")
    const orderId = completed.order.id as string
    const lineItemId = completed.order.items[0].id as string

    const shopper = await phone()
    await shopper.goto(`${stack.storefrontUrl}/don-hang/${orderId}`)
    expect(await mainText(shopper)).toContain(vi["trace.order.pending"])
    await shopper.context().close()

    // What the widget will show: both lots as candidates, earliest expiry first, all of it suggested from that one.
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const before = await call(`/admin/trace/orders/${orderId}/lots`, { token })
    const beforeLine = before.lines.find((l: { line_item_id: string }) => l.line_item_id === lineItemId)
    expect(beforeLine.candidates.map((c: { code: string }) => c.code)).toEqual([LOT_CODE, LATER_LOT_CODE])
    expect(beforeLine.suggestion).toEqual([{ lot_id: lot.id, quantity: 2 }])
    expect(beforeLine.allocations).toEqual([])

    // The operator signs in to the Medusa admin and opens the order.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" })
    const admin = await context.newPage()
    current = admin
    await admin.goto(`${stack.backendUrl}/app/login`)
    await admin.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await admin.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
    await admin.goto(`${stack.backendUrl}/app/orders/${orderId}`)

    const widget = admin.getByRole("region", { name: lotsText.title })
    await widget.waitFor({ state: "visible", timeout: 60_000 })
    await widget.scrollIntoViewIfNeeded()
    // The line, not yet assigned, prefilled with the FEFO suggestion: the earlier-expiring lot, both jars.
    const lotPickers = widget.getByRole("combobox", { name: lotsText.lot })
    await lotPickers.first().waitFor({ timeout: 30_000 })
    const suggested = (await widget.textContent()) ?? ""
    expect(suggested).toContain(PRODUCT_TITLE)
    expect(suggested).toContain(lotsText.notAssigned)
    expect(suggested).toContain(lotsText.suggested)
    expect(suggested).toContain(lotsText.total(2, 2))
    expect(await lotPickers.count()).toBe(1)
    const earliest = (await lotPickers.first().textContent()) ?? ""
    expect(earliest).toContain(LOT_CODE)
    expect(earliest).toContain(lotsText.expires(shownDay(vietnamDay(LOT_EXPIRES_IN_DAYS))))
    const quantities = widget.getByRole("spinbutton", { name: lotsText.quantity })
    expect(await quantities.first().inputValue()).toBe("2")

    // The picker lists the lots earliest expiry first.
    await lotPickers.first().click()
    const options = admin.getByRole("option")
    await expect.poll(() => options.count()).toBe(2)
    expect(await options.nth(0).textContent()).toContain(LOT_CODE)
    expect(await options.nth(1).textContent()).toContain(LATER_LOT_CODE)
    expect(await options.nth(1).textContent()).toContain(
      lotsText.expires(shownDay(vietnamDay(LATER_LOT_EXPIRES_IN_DAYS)))
    )
    await admin.keyboard.press("Escape")
    await expect.poll(() => options.count()).toBe(0)

    // A slip of the finger, 3 jars of 2: the total says so, and Save shows the backend's refusal in place.
    await quantities.first().fill("3")
    await expect.poll(() => widget.textContent()).toContain(`${lotsText.total(3, 2)} — ${lotsText.over}`)
    await widget.getByRole("button", { name: lotsText.save, exact: true }).click()
    const refusal = widget.getByRole("alert")
    await refusal.waitFor({ timeout: 30_000 })
    expect(await refusal.textContent()).toContain(lotsText.saveError)
    expect(await refusal.textContent()).toContain("tổng số lượng các lô là 3, vượt số lượng đã đặt 2")
    expect(await lotPickers.count()).toBe(1)

    // The operator ships one jar of each lot: one from the suggested lot, adds the other lot for the second.
    await quantities.first().fill("1")
    await expect.poll(() => refusal.count()).toBe(0)
    await widget.getByRole("button", { name: lotsText.addLot }).click()
    await expect.poll(() => lotPickers.count()).toBe(2)
    expect(await lotPickers.nth(1).textContent()).toContain(LATER_LOT_CODE)
    expect(await quantities.nth(1).inputValue()).toBe("1")
    await expect.poll(() => widget.textContent()).toContain(lotsText.total(2, 2))

    await widget.getByRole("button", { name: lotsText.save, exact: true }).click()
    // Saved: the line shows its two lots, each with a link to its trace page, and no editor.
    await widget.getByText(lotsText.assigned, { exact: true }).waitFor({ timeout: 30_000 })
    await admin.getByText(lotsText.saved).waitFor({ timeout: 5_000 })
    expect(await lotPickers.count()).toBe(0)
    expect(await widget.getByRole("button", { name: lotsText.save, exact: true }).count()).toBe(0)
    const saved = (await widget.textContent()) ?? ""
    expect(saved).toContain(LOT_CODE)
    expect(saved).toContain(LATER_LOT_CODE)
    const traceLinks = widget.getByRole("link", { name: lotsText.trace })
    expect(await traceLinks.count()).toBe(2)
    const hrefs = await traceLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")))
    expect(hrefs.sort()).toEqual(
      [`${stack.storefrontUrl}${lot.paths.digital_link}`, `${stack.storefrontUrl}${laterLot.paths.short}`].sort()
    )

    // Stored as saved, and still shown after a reload.
    const after = await call(`/admin/trace/orders/${orderId}/lots`, { token })
    const afterLine = after.lines.find((l: { line_item_id: string }) => l.line_item_id === lineItemId)
    expect(afterLine.allocations.map((a: { code: string; quantity: number }) => [a.code, a.quantity]).sort()).toEqual([
      [LATER_LOT_CODE, 1],
      [LOT_CODE, 1],
    ])
    await admin.reload()
    await widget.getByText(lotsText.assigned, { exact: true }).waitFor({ timeout: 60_000 })
    expect(await widget.getByRole("link", { name: lotsText.trace }).count()).toBe(2)
    await context.close()

    // The shopper's order page links the line to both lots, a jar each; the first opens that lot's trace.
    const page = await phone()
    await page.goto(`${stack.storefrontUrl}/don-hang/${orderId}`)
    const lotLink = (code: string) =>
      page.getByRole("link", { name: fill(vi["trace.order.lot_quantity"], { code, quantity: 1 }), exact: true })
    expect(await lotLink(LATER_LOT_CODE).count()).toBe(1)
    const link = lotLink(LOT_CODE)
    expect(await link.count()).toBe(1)
    expect(await overflowsSideways(page)).toBe(false)
    await link.click()
    await page.waitForURL((url) => url.pathname.startsWith("/01/") || url.pathname.startsWith("/t/"))
    await expect.poll(() => page.locator("h1").textContent()).toBe(PRODUCT_TITLE)
    const text = await mainText(page)
    expect(text).toContain(LOT_CODE)
    expect(text).toContain(vi["trace.chain.intact"])
    await page.context().close()
  })

  it("shows the chain broken at the packing event once that stored event is altered in PostgreSQL", async () => {
    const db = new pg.Client({ connectionString: stack.databaseUrl })
    await db.connect()
    try {
      const altered = await db.query(
        `update trace_event set event = jsonb_set(event::jsonb, '{choso:note}', '"Chiết chai nhựa"')
         where lot_id = $1 and seq = 2 and step = 'packing'`,
        [lot.id]
      )
      expect(altered.rowCount).toBe(1)
    } finally {
      await db.end()
    }
    // A new phone (nothing cached), as the next shopper who scans the label.
    const page = await phone()
    await page.goto(`${stack.storefrontUrl}${lot.paths.digital_link ?? lot.paths.short}`)
    const warning = page.getByRole("alert")
    await expect.poll(() => warning.locator("h2").textContent()).toContain(vi["trace.chain.broken"])
    const expected = fill(vi["trace.chain.broken_at"], {
      seq: 2,
      step: vi["trace.step.packing"],
      time: shownTime(packedAt),
      reason: vi["trace.chain.reason.hash"],
    }).replace(/\u00a0/g, " ")
    expect(((await warning.textContent()) ?? "").replace(/\u00a0/g, " ")).toContain(expected)
    expect(await mainText(page)).not.toContain(vi["trace.chain.intact"])
    expect(await page.locator("#su-kien-2").textContent()).toContain(vi["trace.event.broken_here"])
    expect(await page.locator("#su-kien-1").textContent()).not.toContain(vi["trace.event.broken_here"])
    expect(await overflowsSideways(page)).toBe(false)
    await page.context().close()
  })
})

/**
 * A cooperative, from a 390 px phone: creates a lot, records its harvest (with a photo) and its
 * packing, prints QR labels whose codes lead to the lot's public trace page, and sees an invalid
 * EPCIS document refused with its errors and nothing stored.
 *
 * It runs after the shopper's side on the same stack: its form takes the first of the cooperative's
 * variants, which may be the honey, and a third lot of the honey would change the FEFO candidates
 * the operator is shown there.
 */
describe("a cooperative traces a lot from its phone and prints its labels", () => {
  let phone: Page
  let token = ""
  let lotId = ""
  // biome-ignore lint/suspicious/noExplicitAny: the lot as GET /vendor/trace/lots/:id answers it
  let lot: any

  beforeAll(async () => {
    // A phone's screen: 390 CSS px, 3 device pixels each (what makes small labels' QR readable here too).
    phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, locale: "vi-VN" })
    current = phone
    ;({ token } = await call("/auth/seller/emailpass", {
      method: "POST",
      json: { email: DEMO_SELLERS.cooperative, password: DEMO_SELLER_PASSWORD },
    }))
  })

  afterAll(async () => {
    await phone?.context().close()
  })

  const field = (page: Page, name: string) => page.locator(`[name="${name}"]`)
  const lotDetail = () => call(`/vendor/trace/lots/${lotId}`, { token })

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
    await field(phone, "code").fill(SELLER_LOT_CODE)
    const wrongDigit = `${SELLER_GTIN.slice(0, 12)}${(Number(SELLER_GTIN[12]) + 1) % 10}`
    await field(phone, "gtin").fill(wrongDigit)
    await field(phone, "expires_on").fill(vietnamDay(365))
    await field(phone, "quantity").fill("120")
    await field(phone, "unit").selectOption("kg")
    await field(phone, "origin_place").fill(SELLER_PLACE)
    await phone.getByRole("button", { name: vi["sellerTrace.new.submit"] }).click()
    await expect.poll(() => phone.locator("#gtin-error").textContent()).toBe(vi["sellerTrace.error.gtin_invalid"])
    expect(await overflowsSideways(phone)).toBe(false)

    await field(phone, "gtin").fill(SELLER_GTIN)
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
    expect(lot).toMatchObject({ code: SELLER_LOT_CODE, gtin: SELLER_GTIN14, quantity: 120, unit: "kg", event_count: 0 })
    expect(await overflowsSideways(phone)).toBe(false)
  })

  it("records the harvest with a camera photo and the packing, and sees both on the timeline", async () => {
    await phone.getByRole("link", { name: vi["sellerTrace.step.harvest"], exact: true }).click()
    await phone.waitForURL((url) => url.pathname.endsWith("/su-kien") && url.search === "?step=harvest")
    expect(await field(phone, "step").inputValue()).toBe("harvest")
    // Now, in Vietnam time; the lot's place.
    expect((await field(phone, "event_time").inputValue()).slice(0, 10)).toBe(vietnamDay())
    expect(await field(phone, "place_name").inputValue()).toContain(SELLER_PLACE)
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
    expect(expectedDigitalLink).toContain(`/01/${SELLER_GTIN14}/10/${SELLER_LOT_CODE}`)
    const text = (await medium.first().textContent()) ?? ""
    for (const fact of [SELLER_LOT_CODE, expectedDigitalLink, PRODUCER_NAME]) expect(text).toContain(fact)
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
      expect(main).toContain(SELLER_LOT_CODE)
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

  it("fixes the packing step's quantity: the old entry is kept, struck through, and the fixed one follows it on the trace page", async () => {
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/lo-hang/${lotId}`)
    const packing = phone.locator("ol.trace-timeline > li").nth(1)
    await packing.locator("summary").click()
    await packing.getByRole("link", { name: vi["sellerTrace.correct.fix"] }).click()
    await phone.waitForURL((url) => url.pathname.endsWith("/su-kien") && url.search.startsWith("?sua="))
    await expect
      .poll(() => phone.locator("h1").textContent())
      .toBe(fill(vi["sellerTrace.fix.title"], { step: vi["sellerTrace.step.packing"] }))
    // What was recorded is in the form; the photo inputs give way to the note that photos are kept.
    expect(await field(phone, "step").inputValue()).toBe("packing")
    expect(await field(phone, "place_name").inputValue()).toContain(SELLER_PLACE)
    expect(await phone.locator("#photos").count()).toBe(0)
    await field(phone, "quantity").fill("96")
    await field(phone, "fix_reason").fill("Đếm lại: 96 chai")
    expect(await overflowsSideways(phone)).toBe(false)
    await phone.getByRole("button", { name: vi["sellerTrace.fix.submit"] }).click()
    await phone.waitForURL(
      (url) => url.pathname === `/kenh-nguoi-ban/lo-hang/${lotId}` && url.search.includes("notice=fixed")
    )
    await expect.poll(() => phone.locator("main").textContent()).toContain(vi["sellerTrace.notice.fixed"])

    const detail = await lotDetail()
    const [harvest, wrong, declaration, fixed] = detail.events
    expect([harvest.corrected, wrong.corrected]).toEqual([false, true])
    expect(declaration).toMatchObject({ event_id: wrong.event_id, error_declaration: { reason: "incorrect_data" } })
    expect(declaration.error_declaration.corrective_event_ids).toEqual([fixed.event_id])
    expect(fixed).toMatchObject({ step: "packing", quantity: { value: 96 } })
    expect(detail.chain.status).toBe("intact")

    await phone.goto(`${stack.storefrontUrl}${detail.lot.paths.digital_link}`)
    const struck = phone.locator(`#su-kien-${wrong.seq}`)
    expect(await struck.getAttribute("class")).toContain("trace-event-corrected")
    expect(await struck.locator("h3 del").count()).toBe(1)
    const replacement = phone.locator(`#su-kien-${fixed.seq}`)
    expect(await replacement.textContent()).toContain(vi["trace.event.corrective"])
    expect(await replacement.textContent()).toContain("96")
    expect(await mainText(phone)).toContain(vi["trace.chain.intact"])
  })
})
