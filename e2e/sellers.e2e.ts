import { writeFile } from "node:fs/promises"
import { type Browser, chromium, type Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { TEXT as adminLabels } from "../plugins/marketplace/src/admin/lib/labels"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import vi from "../storefront/app/i18n/vi.json"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, type RunningStack, startStack } from "./support/stack"

const HOUSEHOLD = {
  account_email: "rau.co.ba@example.vn",
  password: "rau-muong-tra-que-2026",
  name: "Hộ kinh doanh Rau Sạch Cô Ba",
  business_registration_number: "48A8001234",
  representative: "Phạm Thị Ba",
  id_number: "048190001234",
  phone: "0905 123 456",
  address_line: "Thôn Trà Quế",
  bank_account_number: "0041000123456",
  bank_account_name: "PHAM THI BA",
}

/** A phone photo: JPEG with the camera's EXIF and a GPS position. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 52, g: 150, b: 70 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "15/1 53/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 20/1 0/1" },
    })
    .toBuffer()
}

/**
 * A household registers from a phone, the operator approves it in the Medusa admin, it lists
 * "Rau muống sạch" with a photo, and a shopper finds it on the seller's page with who sells it.
 */
describe("a household sells its vegetables from a phone", () => {
  let stack: RunningStack
  let browser: Browser
  let phone: Page
  let current: Page | undefined
  let handle = ""

  beforeAll(async () => {
    assertChromium()
    stack = await startStack()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    current = phone
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

  it("registers on a 390 px screen and is told it waits for approval", async () => {
    current = phone
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/dang-ky`)
    await field(phone, "account_email").fill(HOUSEHOLD.account_email)
    await field(phone, "password").fill(HOUSEHOLD.password)
    await phone.locator('input[name="kind"][value="household"]').check()
    await phone.locator('input[name="legal_form"][value="household_business"]').check()
    for (const name of ["name", "business_registration_number", "representative", "id_number", "phone"] as const) {
      await field(phone, name).fill(HOUSEHOLD[name])
    }
    await field(phone, "province_code").selectOption("48")
    await expect.poll(() => field(phone, "ward_code").locator("option[value='20194']").count()).toBe(1)
    await field(phone, "ward_code").selectOption("20194")
    await field(phone, "address_line").fill(HOUSEHOLD.address_line)
    await field(phone, "bank_bin").selectOption("970436")
    await field(phone, "bank_account_number").fill(HOUSEHOLD.bank_account_number)
    await field(phone, "bank_account_name").fill(HOUSEHOLD.bank_account_name)
    expect(await overflowsSideways(phone)).toBe(false)
    await phone.getByRole("button", { name: vi["seller.register.submit"] }).click()
    await expect
      .poll(() => phone.locator("main").textContent(), { timeout: 60_000 })
      .toContain(vi["seller.status.pending"])
    expect(new URL(phone.url()).pathname).toBe("/kenh-nguoi-ban")
    expect(await overflowsSideways(phone)).toBe(false)
  })

  it("is approved by the operator in the Medusa admin", async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    current = admin
    await admin.goto(`${stack.backendUrl}/app/login`)
    await admin.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await admin.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
    await admin.goto(`${stack.backendUrl}/app/sellers`)
    await admin.getByText(HOUSEHOLD.name).first().click({ timeout: 60_000 })
    await admin.getByRole("button", { name: adminLabels.actions.approve, exact: true }).first().click()
    const dialog = admin.getByRole("alertdialog")
    await dialog.getByRole("button", { name: adminLabels.actions.approve, exact: true }).click()
    await expect
      .poll(() => admin.locator("body").textContent(), { timeout: 30_000 })
      .toContain(adminLabels.actions.done.approve)

    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const answer = await fetch(
      `${stack.backendUrl}/admin/sellers?status=approved&q=${encodeURIComponent("Rau Sạch Cô Ba")}`,
      {
        headers: { authorization: `Bearer ${token}` },
      }
    )
    const { sellers } = (await answer.json()) as { sellers: { name: string; handle: string }[] }
    const approved = sellers.find((s) => s.name === HOUSEHOLD.name)
    expect(approved).toBeDefined()
    handle = approved!.handle
    await admin.close()
  })

  it("lists Rau muống sạch with a photo from the camera and puts it on sale", async () => {
    current = phone
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban`)
    await expect.poll(() => phone.locator("main").textContent()).toContain(vi["seller.status.approved"])
    await phone.goto(`${stack.storefrontUrl}/kenh-nguoi-ban/san-pham/moi`)
    await field(phone, "title.vi").fill("Rau muống sạch")
    await field(phone, "title.en").fill("Clean water spinach")
    await field(phone, "description.vi").fill("Hái sáng sớm ở làng rau Trà Quế, giao trong ngày.")
    await field(phone, "variants.0.title.vi").fill("Bó 500 g")
    await field(phone, "variants.0.price").fill("15.000")
    await field(phone, "variants.0.stock").fill("40")
    await phone
      .locator("#file-camera")
      .setInputFiles({ name: "rau.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() })
    await expect.poll(() => phone.locator('input[name="photos"]').count(), { timeout: 30_000 }).toBe(1)
    // What was typed survives the photo's round trip.
    expect(await field(phone, "title.vi").inputValue()).toBe("Rau muống sạch")
    await phone.getByRole("button", { name: vi["seller.product.save"] }).click()
    await expect
      .poll(() => phone.locator("main").textContent(), { timeout: 30_000 })
      .toContain(vi["seller.product.notice.created"])
    await phone.getByRole("button", { name: vi["seller.products.publish"], exact: false }).first().click()
    await expect
      .poll(() => phone.locator("main").textContent(), { timeout: 30_000 })
      .toContain(vi["seller.product.status_published"])
    expect(await overflowsSideways(phone)).toBe(false)
  })

  it("shows shoppers the product on the seller's page, with who sells it on the product page", async () => {
    const shopper = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "vi-VN" })
    current = shopper
    await shopper.goto(`${stack.storefrontUrl}/cua-hang/${handle}`)
    await expect.poll(() => shopper.locator("h1").textContent()).toContain(HOUSEHOLD.name)
    const card = shopper.getByRole("link", { name: /Rau muống sạch/ }).first()
    const image = shopper.locator("main img[src*='.webp']").first()
    expect(await image.count()).toBe(1)
    await card.click()
    await expect.poll(() => shopper.locator("h1").textContent()).toContain("Rau muống sạch")
    const main = (await shopper.locator("main").textContent()) ?? ""
    for (const fact of [
      HOUSEHOLD.name,
      HOUSEHOLD.representative,
      HOUSEHOLD.business_registration_number,
      "0905123456",
    ]) {
      expect(main).toContain(fact)
    }
    expect(main).not.toContain(HOUSEHOLD.id_number)
    await shopper.close()
  })
})
