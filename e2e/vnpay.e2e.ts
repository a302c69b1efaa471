import { writeFile } from "node:fs/promises"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import en from "../storefront/app/i18n/en.json"
import vi from "../storefront/app/i18n/vi.json"
import {
  adminToken,
  assertChromium,
  CHROMIUM,
  CHROMIUM_ARGS,
  type RunningStack,
  setIpnMode,
  startStack,
} from "./support/stack"

interface SandboxTransaction {
  txnRef: string
  refunds: { amount: number; status: string }[]
  ipnAttempts: { rspCode?: string }[]
}

interface VNPayAttempt {
  txn_ref: string
  resource_id: string
  status: string
  reason: string | null
  order_id: string | null
}

type Dictionary = typeof vi

/** "150.000 ₫", as the storefront formats amounts in both languages. */
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

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

  /** Adds the product's default variant to the cart from its page, in the page's language. */
  async function addToCart(tab: Page, handle: string, t: Dictionary = vi): Promise<void> {
    await tab.goto(`${stack.storefrontUrl}/san-pham/${handle}`)
    await tab.getByRole("button", { name: t["product.add_to_cart"] }).click()
    await expect.poll(() => tab.locator("body").textContent()).toContain(t["product.added"].split("{count}")[0]!.trim())
  }

  /**
   * A fresh shopper with a product in the cart (honey unless told), address and shipping saved,
   * at the payment step; in English after the header's language switch when `t` is `en`.
   */
  async function shopperAtPayment({
    t = vi,
    product = "mat-ong-rung-tram-u-minh",
  }: {
    t?: Dictionary
    product?: string
  } = {}) {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    page = await context.newPage()
    if (t !== vi) {
      await page.goto(stack.storefrontUrl)
      await page
        .getByRole("button", { name: new RegExp(vi["lang.switch_label"]) })
        .first()
        .click()
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en")
    }
    await addToCart(page, product, t)
    await page.goto(`${stack.storefrontUrl}/thanh-toan`)
    await page.getByLabel(t["checkout.email"]).fill("khach.du.lich@example.vn")
    await page.getByLabel(t["checkout.province"]).selectOption("48")
    const ward = page.getByLabel(t["checkout.ward"])
    await expect.poll(() => ward.locator("option").count()).toBeGreaterThan(10)
    await ward.selectOption("20410")
    await page.getByLabel(t["checkout.street"]).fill("5 Nguyễn Thái Học")
    await page.getByLabel(t["checkout.full_name"]).fill("Trần Văn Minh")
    await page.getByLabel(t["checkout.phone"]).fill("0905123456")
    await page.getByRole("button", { name: t["checkout.save_address"] }).click()
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
    const res = await fetch(
      `${stack.backendUrl}/admin/orders/${orderId}?fields=id,payment_status,total,*payment_collections.payments`,
      {
        headers: { authorization: `Bearer ${token}` },
      }
    )
    expect(res.status).toBe(200)
    return ((await res.json()) as { order: AdminOrder }).order
  }

  async function sandboxTransaction(txnRef: string): Promise<SandboxTransaction> {
    const res = await fetch(`${stack.sandboxUrl}/_sandbox/transactions/${encodeURIComponent(txnRef)}`)
    expect(res.status).toBe(200)
    return (await res.json()) as SandboxTransaction
  }

  /** The backend's record of a VNPay attempt, as the operator sees it. */
  async function adminAttempt(txnRef: string): Promise<VNPayAttempt | undefined> {
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const res = await fetch(`${stack.backendUrl}/admin/vnpay/attempts?status=all&limit=200`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(res.status).toBe(200)
    const { vnpay_attempts } = (await res.json()) as { vnpay_attempts: VNPayAttempt[] }
    return vnpay_attempts.find((a) => a.txn_ref === txnRef)
  }

  async function storeCart(cartId: string) {
    const res = await fetch(`${stack.backendUrl}/store/carts/${cartId}?fields=id,completed_at,total,*items`, {
      headers: { "x-publishable-api-key": stack.publishableKey },
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { cart: { completed_at: string | null; total: number; items: unknown[] } }).cart
  }

  async function adminOrderCount(): Promise<number> {
    const token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
    const res = await fetch(`${stack.backendUrl}/admin/orders?limit=1&fields=id`, {
      headers: { authorization: `Bearer ${token}` },
    })
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

  for (const [lang, t] of [
    ["vi", vi],
    ["en", en],
  ] as const) {
    it(`refunds a QR paid in one tab after the cart changed in another, and says so (${lang})`, async () => {
      await shopperAtPayment({ t, product: "tom-kho-rach-goc" })
      const txnRef = await payWithVNPay()
      const paid = Number(new URL(page.url()).searchParams.get("vnp_Amount")) / 100 // VNPay's units
      const ordersBefore = await adminOrderCount()

      // A second tab of the same browser (same cart) adds a jar of honey: the cart total changes.
      const other = await context.newPage()
      await addToCart(other, "mat-ong-rung-tram-u-minh", t)
      await other.close()

      // Back in the first tab, the shopper pays the QR still on screen; the sandbox sends the IPN.
      await page.bringToFront()
      await chooseAtVNPay("success")
      await page.waitForURL(/\/thanh-toan\/vnpay/)
      await expect
        .poll(() => page.locator("#vnpay-title").textContent(), { timeout: 60_000 })
        .toBe(t["vnpay.refund.title.refunded"])
      const said = t["vnpay.refund.cause.cart_changed"]
        .replace("{amount}", vnd.format(paid))
        .replace("{outcome}", t["vnpay.refund.outcome.refunded"])
      const explanation = (await page.locator("#vnpay-refund").textContent()) ?? ""
      expect(explanation).toContain(said)
      if (lang === "vi") {
        expect(explanation.replace(/\u00a0/g, " ")).toContain(
          `VNPay đã nhận ${vnd.format(paid).replace(/\u00a0/g, " ")} nhưng giỏ hàng đã thay đổi`
        )
        expect(explanation).toContain("chúng tôi đã hoàn tiền")
      }
      expect(await page.locator("#vnpay-refund-status").textContent()).toBe(t["vnpay.refund.status.refunded"])
      expect(await page.locator("main").textContent()).toContain(txnRef)

      // The operator's list: refunded because the cart changed, and no order for that cart.
      const attempt = await adminAttempt(txnRef)
      expect(attempt).toMatchObject({ status: "refunded", reason: "cart_changed", order_id: null })
      const cart = await storeCart(attempt!.resource_id)
      expect(cart.completed_at).toBeNull()
      expect(cart.items).toHaveLength(2)
      expect(cart.total).not.toBe(paid)
      expect(await adminOrderCount()).toBe(ordersBefore)
      // VNPay (the sandbox) received the full refund and sent it to the bank (06).
      const tx = await sandboxTransaction(txnRef)
      expect(tx.refunds.map((r) => [r.amount, r.status])).toEqual([[paid * 100, "06"]])

      // "Check the cart and pay again" leads to the cart, which kept both products.
      await page.getByRole("link", { name: t["vnpay.refund.back_to_cart"] }).click()
      await page.waitForURL(/\/gio-hang$/)
      expect(await page.getByRole("link", { name: t["nav.cart_label"].replace("{count}", "2") }).count()).toBe(1)
    })
  }
})
