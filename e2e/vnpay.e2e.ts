import { writeFile } from "node:fs/promises"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import vi from "../storefront/app/i18n/vi.json"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import { adminToken, assertChromium, CHROMIUM, CHROMIUM_ARGS, setIpnMode, startStack, type RunningStack } from "./support/stack"

interface SandboxTransaction {
  txnRef: string
  refunds: { amount: number }[]
  ipnAttempts: { rspCode?: string }[]
}

interface AdminOrder {
  payment_status: string
  payment_collections: { payments: { id: string; provider_id: string; data: { txn_ref: string } }[] }[]
}

/**
 * Paying with VNPay through the local sandbox, which speaks VNPay's protocol: the browser goes
 * to its payment page, it redirects back with a signed result and sends the signed IPN.
 */
describe("paying with VNPay", () => {
  let stack: RunningStack
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    assertChromium()
    stack = await startStack()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && page) {
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)
      await page.screenshot({ path: `test-results/e2e-vnpay-${name}.png`, fullPage: true }).catch(() => undefined)
      await writeFile(`test-results/e2e-vnpay-${name}.html`, await page.content()).catch(() => undefined)
    }
    await context?.close()
    await setIpnMode(stack, "normal")
  })

  /** A fresh shopper with tôm khô in the cart, address and shipping saved, at the payment step. */
  async function shopperAtPayment(): Promise<void> {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    page = await context.newPage()
    await page.goto(`${stack.storefrontUrl}/san-pham/mat-ong-rung-tram-u-minh`)
    await page.getByRole("button", { name: vi["product.add_to_cart"] }).click()
    await expect.poll(() => page.locator("body").textContent()).toContain("Đã thêm")
    await page.goto(`${stack.storefrontUrl}/thanh-toan`)
    await page.getByLabel(vi["checkout.email"]).fill("khach.du.lich@example.vn")
    await page.getByLabel(vi["checkout.province"]).selectOption("48")
    const ward = page.getByLabel(vi["checkout.ward"])
    await expect.poll(() => ward.locator("option").count()).toBeGreaterThan(10)
    await ward.selectOption("20410")
    await page.getByLabel(vi["checkout.street"]).fill("5 Nguyễn Thái Học")
    await page.getByLabel(vi["checkout.full_name"]).fill("Trần Văn Minh")
    await page.getByLabel(vi["checkout.phone"]).fill("0905123456")
    await page.getByRole("button", { name: vi["checkout.save_address"] }).click()
    await expect.poll(() => page.locator("#place-order").isEnabled()).toBe(true)
  }

  /** Chooses VNPay QR and places the order: the browser lands on VNPay's (sandbox) page. */
  async function payWithVNPay(): Promise<string> {
    await page.locator("#payment-vnpay-vnpayqr").check()
    await page.locator("#place-order").click()
    await page.waitForURL(`${stack.sandboxUrl}/**`)
    await expect.poll(() => page.locator("body").textContent()).toMatch(/\d{1,3}(\.\d{3})+/)
    return new URL(page.url()).searchParams.get("vnp_TxnRef")!
  }

  async function chooseAtVNPay(result: "success" | "insufficient" | "cancel"): Promise<void> {
    await page.locator(`button[name="result"][value="${result}"]`).click()
  }

  async function sandboxTransactions(): Promise<SandboxTransaction[]> {
    const res = await fetch(`${stack.sandboxUrl}/_sandbox/transactions`)
    const body = (await res.json()) as SandboxTransaction[] | { transactions: SandboxTransaction[] }
    return Array.isArray(body) ? body : body.transactions
  }

  async function adminOrder(orderId: string) {
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const res = await fetch(`${stack.backendUrl}/admin/orders/${orderId}?fields=id,payment_status,total,*payment_collections.payments`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { order: AdminOrder }).order
  }

  async function adminOrderCount(): Promise<number> {
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const res = await fetch(`${stack.backendUrl}/admin/orders?limit=1&fields=id`, { headers: { authorization: `Bearer ${token}` } })
    return ((await res.json()) as { count: number }).count
  }

  async function expectPaidOrderPage(): Promise<string> {
    await page.waitForURL(/\/don-hang\//, { timeout: 60_000 })
    await expect.poll(() => page.locator("#order-payment-status").textContent()).toContain("Đã thanh toán qua VNPay")
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const order = await adminOrder(orderId)
    expect(order.payment_status).toBe("captured")
    expect(order.payment_collections[0].payments[0].provider_id).toBe("pp_vnpay_vnpay")
    return orderId
  }

  it("pays by VNPay QR, sees the order paid, and the operator's refund reaches VNPay", async () => {
    await shopperAtPayment()
    await payWithVNPay()
    await chooseAtVNPay("success")
    const orderId = await expectPaidOrderPage()

    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const order = await adminOrder(orderId)
    const payment = order.payment_collections[0].payments[0]
    const res = await fetch(`${stack.backendUrl}/admin/payments/${payment.id}/refund`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ amount: 50000 }),
    })
    expect(res.status).toBe(200)
    const refunded = (await sandboxTransactions()).find((t) => t.txnRef === payment.data.txn_ref)
    expect(refunded?.refunds.map((r) => r.amount)).toEqual([50000 * 100]) // VNPay's units
  })

  it("after a cancel, keeps the cart and pays again", async () => {
    await shopperAtPayment()
    await payWithVNPay()
    await chooseAtVNPay("cancel")
    await page.waitForURL(/\/thanh-toan\/vnpay/)
    await expect.poll(() => page.locator("#vnpay-reason").textContent()).toContain("Bạn đã hủy thanh toán")
    const cartLink = vi["nav.cart_label"].replace("{count}", "1")
    expect(await page.getByRole("link", { name: cartLink }).count()).toBe(1)
    await page.locator("#pay-again").click()
    await page.waitForURL(`${stack.sandboxUrl}/**`)
    await chooseAtVNPay("success")
    await expectPaidOrderPage()
  })

  it("shows the paid order at once when the IPN arrived before the shopper came back", async () => {
    await shopperAtPayment()
    const txnRef = await payWithVNPay()
    // VNPay records the payment and sends its IPN; the browser's redirect back to the store is
    // held until the store has answered that IPN.
    await page.route(`${stack.sandboxUrl}/paymentv2/confirm`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 })
      const answered = async () =>
        (await sandboxTransactions()).some((t) => t.txnRef === txnRef && t.ipnAttempts.some((a) => a.rspCode === "00"))
      await expect.poll(answered).toBe(true)
      await route.fulfill({ response })
    })
    const before = await adminOrderCount()
    await chooseAtVNPay("success")
    await expectPaidOrderPage()
    expect(await adminOrderCount()).toBe(before + 1)
  })

  it("creates the order from the IPN when the shopper closes the tab at VNPay", async () => {
    await shopperAtPayment()
    await payWithVNPay()
    const before = await adminOrderCount()
    // VNPay takes the payment (and sends its IPN), but the browser never comes back to the store.
    await page.route(`${stack.sandboxUrl}/paymentv2/confirm`, async (route) => {
      await route.fetch({ maxRedirects: 0 })
      await route.fulfill({ status: 200, contentType: "text/html", body: "<title>closed</title>" })
    })
    await chooseAtVNPay("success")
    await expect.poll(() => page.title()).toBe("closed")
    await page.close()
    await expect.poll(adminOrderCount, { timeout: 60_000 }).toBe(before + 1)
  })

  it("creates the order from querydr when the IPN is lost", async () => {
    await setIpnMode(stack, "lost")
    await shopperAtPayment()
    await payWithVNPay()
    await chooseAtVNPay("success")
    await page.waitForURL(/\/thanh-toan\/vnpay/)
    // No IPN: the page says it is waiting, without claiming the money arrived…
    await expect.poll(() => page.locator("#vnpay-status").textContent()).toContain("Vui lòng giữ trang này mở")
    expect(await page.locator("body").textContent()).not.toContain("Đã thanh toán")
    // …until the reconciliation job asks VNPay and creates the order.
    await expectPaidOrderPage()
  })
})
