import { writeFile } from "node:fs/promises"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import en from "../storefront/app/i18n/en.json"
import vi from "../storefront/app/i18n/vi.json"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

/**
 * A shopper on a phone buys Cà Mau honey with cash on delivery, in Vietnamese, against the
 * production builds of the backend and storefront; the operator then sees the order.
 */
describe("buying a local product with cash on delivery", () => {
  let stack: RunningStack
  let browser: Browser
  let page: Page
  /** The languages whose strings the browser downloaded, in order. */
  const dictionaries: string[] = []

  beforeAll(async () => {
    assertChromium()
    stack = await startStack()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    page.on("response", (response) => {
      const name = /\/assets\/(vi|en)-[\w-]+\.json$/.exec(new URL(response.url()).pathname)?.[1]
      if (name && response.status() === 200) dictionaries.push(name)
    })
  })

  // A failed step leaves a screenshot and the page's HTML in test-results/ for whoever debugs it.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && page) {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)
      await page.screenshot({ path: `test-results/e2e-${name}.png`, fullPage: true }).catch(() => undefined)
      await writeFile(`test-results/e2e-${name}.html`, await page.content()).catch(() => undefined)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it("shows the catalog in Vietnamese with VND prices", async () => {
    await page.goto(stack.storefrontUrl)
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("vi")
    const main = page.locator("main")
    await expect.poll(() => main.textContent()).toMatch(/Mật ong/)
    const text = (await main.textContent())!.replace(/\u00a0/g, " ")
    expect(text).toMatch(/\d{1,3}(\.\d{3})+ ₫/)
    // Only the page's language is downloaded (the browser caches it for the next pages).
    await expect.poll(() => dictionaries).toEqual(["vi"])
  })

  it("switches to English and back", async () => {
    await page
      .getByRole("button", { name: new RegExp(vi["lang.switch_label"]) })
      .first()
      .click()
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en")
    await expect.poll(async () => (await page.locator("main").textContent()) ?? "").toMatch(/honey/i)
    expect(dictionaries).toContain("en")
    await page
      .getByRole("button", { name: new RegExp(en["lang.switch_label"]) })
      .first()
      .click()
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("vi")
  })

  it("adds a variant of a product to the cart", async () => {
    await page.goto(`${stack.storefrontUrl}/san-pham/mat-ong-rung-tram-u-minh`)
    const title = await page.locator("h1").textContent()
    expect(title).toContain("Mật ong")
    const images = page.locator("main img[srcset]")
    expect(await images.count()).toBeGreaterThan(0)
    expect(await images.first().getAttribute("srcset")).toMatch(/320w.*640w.*1200w/)
    await page.getByLabel(/500 g/).first().check()
    await page.getByLabel(vi["product.quantity"]).fill("2")
    await page.getByRole("button", { name: vi["product.add_to_cart"] }).click()
    await expect.poll(() => page.locator("body").textContent()).toContain("Đã thêm")
    const twoInCart = vi["nav.cart_label"].replace("{count}", "2")
    await expect.poll(() => page.getByRole("link", { name: twoInCart }).count()).toBe(1)
    await page.goto(`${stack.storefrontUrl}/gio-hang`)
    await expect.poll(() => page.locator("main").textContent()).toContain("500 g")
  })

  it("keeps the add-to-cart button in place while the page hydrates, so an early tap lands on it", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    try {
      // Measured as the HTML is parsed, before any script runs, and again once React has hydrated.
      await context.addInitScript(() => {
        document.addEventListener("readystatechange", () => {
          if (document.readyState !== "interactive") return
          const button = document.querySelector<HTMLElement>(".add-form .button-primary")
          const w = window as unknown as { __beforeHydration: unknown }
          w.__beforeHydration = {
            top: button ? button.getBoundingClientRect().top + window.scrollY : null,
            noJsButton: document.querySelector(".add-form button[formmethod=get]") !== null,
          }
        })
      })
      const early = await context.newPage()
      await early.goto(`${stack.storefrontUrl}/san-pham/mat-ong-rung-tram-u-minh`)
      const noJsButton = early.getByRole("button", { name: vi["product.show_variant"] })
      await expect.poll(() => noJsButton.count()).toBe(0)
      const before = await early.evaluate(
        () =>
          (window as unknown as { __beforeHydration: { top: number | null; noJsButton: boolean } }).__beforeHydration
      )
      expect(before.noJsButton).toBe(true)
      const after = await early
        .getByRole("button", { name: vi["product.add_to_cart"] })
        .evaluate((button) => button.getBoundingClientRect().top + window.scrollY)
      expect(after).toBe(before.top)
    } finally {
      await context.close()
    }
  })

  it("refuses an address whose phone is not Vietnamese, keeping what was typed", async () => {
    await page.getByRole("link", { name: vi["cart.checkout"] }).first().click()
    await page.waitForURL(/thanh-toan/)
    await page.getByLabel(vi["checkout.email"]).fill("lan@example.vn")
    await page.getByLabel(vi["checkout.province"]).selectOption("96") // Cà Mau
    const ward = page.getByLabel(vi["checkout.ward"])
    await expect.poll(() => ward.locator("option").count()).toBeGreaterThan(10)
    await ward.selectOption("31825")
    await page.getByLabel(vi["checkout.street"]).fill("12 Trần Hưng Đạo")
    await page.getByLabel(vi["checkout.full_name"]).fill("Nguyễn Thị Lan")
    await page.getByLabel(vi["checkout.phone"]).fill("12345")
    await page.getByRole("button", { name: vi["checkout.save_address"] }).click()
    await expect.poll(() => page.locator("main").textContent()).toContain(vi["address.error.phone_invalid"])
    expect(await page.getByLabel(vi["checkout.street"]).inputValue()).toBe("12 Trần Hưng Đạo")
  })

  it("checks out with cash on delivery and shows the order confirmation", async () => {
    await page.getByLabel(vi["checkout.phone"]).fill("0912 345 678")
    await page.getByRole("button", { name: vi["checkout.save_address"] }).click()
    const shippingText = () => page.locator("main").textContent()
    await expect.poll(shippingText).toMatch(/Giao hàng tiêu chuẩn/)
    const placeOrder = page.getByRole("button", { name: vi["checkout.place_order"] })
    await expect.poll(() => placeOrder.isEnabled()).toBe(true)
    await placeOrder.click()
    await page.waitForURL(/\/don-hang\//, { timeout: 60_000 })
    const confirmation = async () => ((await page.locator("main").textContent()) ?? "").replace(/\u00a0/g, " ")
    await expect.poll(confirmation).toContain("Cảm ơn bạn")
    expect(await confirmation()).toContain("Phường Bạc Liêu")
    // Placing the order empties the cart.
    const emptyCart = vi["nav.cart_label"].replace("{count}", "0")
    await expect.poll(() => page.getByRole("link", { name: emptyCart }).count()).toBe(1)
  })

  it("lets the operator find the order through the admin API", async () => {
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const res = await fetch(
      `${stack.backendUrl}/admin/orders/${orderId}?fields=id,email,total,currency_code,*items,*shipping_address,*shipping_methods`,
      {
        headers: { authorization: `Bearer ${token}` },
      }
    )
    expect(res.status).toBe(200)
    const { order } = (await res.json()) as {
      order: {
        email: string
        total: number
        currency_code: string
        items: { quantity: number; variant_sku: string }[]
        shipping_address: { province: string; city: string; phone: string }
        shipping_methods: { amount: number }[]
      }
    }
    expect(order.email).toBe("lan@example.vn")
    expect(order.currency_code).toBe("vnd")
    expect(order.items[0].quantity).toBe(2)
    expect(order.items[0].variant_sku).toMatch(/500G$/)
    expect(order.shipping_address).toMatchObject({ province: "96", city: "Phường Bạc Liêu", phone: "0912345678" })
    const itemTotal = order.total - order.shipping_methods[0].amount
    expect(order.shipping_methods[0].amount).toBe(itemTotal >= 500_000 ? 0 : 20_000)
  })

  it("works without JavaScript: add to cart, choose the ward, place the order", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const noJs = await context.newPage()
    try {
      await noJs.goto(`${stack.storefrontUrl}/san-pham/banh-phong-tom-nam-can`)
      await noJs.getByRole("button", { name: vi["product.add_to_cart"] }).click()
      await noJs.waitForLoadState()
      await noJs.goto(`${stack.storefrontUrl}/thanh-toan`)
      await noJs.getByLabel(vi["checkout.email"]).fill("khach@example.vn")
      await noJs.getByLabel(vi["checkout.province"]).selectOption("48")
      await noJs.getByRole("button", { name: vi["checkout.choose_ward"] }).click()
      await noJs.waitForLoadState()
      await noJs.getByLabel(vi["checkout.ward"]).selectOption("20410") // Phường Hội An
      await noJs.getByLabel(vi["checkout.street"]).fill("5 Nguyễn Thái Học")
      await noJs.getByLabel(vi["checkout.full_name"]).fill("Trần Văn Minh")
      await noJs.getByLabel(vi["checkout.phone"]).fill("+84 905 123 456")
      await noJs.getByRole("button", { name: vi["checkout.save_address"] }).click()
      await noJs.waitForLoadState()
      const text = ((await noJs.locator("main").textContent()) ?? "").replace(/\u00a0/g, " ")
      expect(text).toMatch(/Giao hàng tiêu chuẩn \(3–5 ngày\)\s*40.000 ₫/) // Đà Nẵng is in the national zone
      await noJs.getByRole("button", { name: vi["checkout.place_order"] }).click()
      await noJs.waitForURL(/\/don-hang\//)
      expect(await noJs.locator("main").textContent()).toContain("Cảm ơn bạn")
    } finally {
      await context.close()
    }
  })
})
