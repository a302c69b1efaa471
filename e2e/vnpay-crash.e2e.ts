import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO_ADMIN } from "../seed/src/setup/constants"
import { adminToken, type RunningStack, setIpnMode, startStack } from "./support/stack"

interface VNPayAttempt {
  txn_ref: string
  resource_id: string
  status: string
  order_id: string | null
}

interface AdminOrder {
  id: string
  payment_status: string
  payment_collections: { payments: { provider_id: string; captured_at: string | null; data: { txn_ref: string } }[] }[]
}

/** A Cà Mau address the vietnam plugin accepts (ward 31825 is Phường Bạc Liêu, province 96). */
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

/** How late the sandbox answers querydr while the backend is to be killed. */
const API_DELAY_MS = 8000

/**
 * The IPN is answered as soon as the outcome is recorded; the order is made afterwards. When the
 * backend dies in between (here: SIGKILL while the subscriber waits for querydr), the
 * reconciliation job of the restarted backend must still turn the paid attempt into the order,
 * exactly once.
 */
describe("a backend killed after answering VNPay's IPN", () => {
  let stack: RunningStack
  let token: string

  beforeAll(async () => {
    stack = await startStack({
      backendEnv: {
        VNPAY_RECONCILE_CRON: "*/2 * * * * *",
        VNPAY_COMPLETE_AFTER_SECONDS: "1",
        // Keeps the job's querydr for pending attempts out of the way: the IPN settles this one.
        VNPAY_RECONCILE_AFTER_SECONDS: "600",
      },
    })
    token = await adminToken(stack.backendUrl, DEMO_ADMIN.email, DEMO_ADMIN.password)
  })

  afterAll(async () => {
    await stack?.stop()
  })

  async function store<T>(method: "GET" | "POST", route: string, body?: object): Promise<T> {
    const res = await fetch(`${stack.backendUrl}${route}`, {
      method,
      headers: {
        "x-publishable-api-key": stack.publishableKey,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }

  async function admin<T>(route: string): Promise<T> {
    const res = await fetch(`${stack.backendUrl}${route}`, { headers: { authorization: `Bearer ${token}` } })
    if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }

  async function sandboxConfig(config: object): Promise<void> {
    const res = await fetch(`${stack.sandboxUrl}/_sandbox/config`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(config),
    })
    if (!res.ok) throw new Error(`sandbox config: HTTP ${res.status} ${await res.text()}`)
  }

  /** A cart of U Minh honey with email, address and shipping: ready to be paid. */
  async function readyCart(): Promise<string> {
    const { regions } = await store<{ regions: { id: string }[] }>("GET", "/store/regions")
    const { products } = await store<{ products: { variants: { id: string }[] }[] }>(
      "GET",
      "/store/products?handle=mat-ong-rung-tram-u-minh&fields=id,*variants"
    )
    const { cart } = await store<{ cart: { id: string } }>("POST", "/store/carts", {
      region_id: regions[0]!.id,
      email: "lan@example.vn",
    })
    await store("POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[0]!.variants[0]!.id, quantity: 1 })
    await store("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS })
    const { shipping_options } = await store<{ shipping_options: { id: string }[] }>(
      "GET",
      `/store/shipping-options?cart_id=${cart.id}`
    )
    await store("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0]!.id })
    return cart.id
  }

  async function ipn(search: string): Promise<string> {
    const res = await fetch(`${stack.backendUrl}/hooks/vnpay/ipn${search}`)
    expect(res.status).toBe(200)
    return ((await res.json()) as { RspCode: string }).RspCode
  }

  async function attempt(txnRef: string): Promise<VNPayAttempt | undefined> {
    const { vnpay_attempts } = await admin<{ vnpay_attempts: VNPayAttempt[] }>(
      "/admin/vnpay/attempts?status=all&limit=200"
    )
    return vnpay_attempts.find((a) => a.txn_ref === txnRef)
  }

  async function orderCount(): Promise<number> {
    return (await admin<{ count: number }>("/admin/orders?limit=1&fields=id")).count
  }

  async function cartCompletedAt(cartId: string): Promise<string | null> {
    const { cart } = await store<{ cart: { completed_at: string | null } }>(
      "GET",
      `/store/carts/${cartId}?fields=id,completed_at`
    )
    return cart.completed_at
  }

  it("still makes exactly one paid order, through the reconciliation job after the restart", {
    timeout: 300_000,
  }, async () => {
    await setIpnMode(stack, "lost") // the test delivers the IPN itself
    const cartId = await readyCart()
    const ordersBefore = await orderCount()
    const { vnpay_payment } = await store<{ vnpay_payment: { txn_ref: string; payment_url: string } }>(
      "POST",
      "/store/vnpay/payments",
      {
        cart_id: cartId,
        bank_code: "VNPAYQR",
      }
    )
    const txnRef = vnpay_payment.txn_ref

    // Authorizing the session asks querydr, which now hangs: the order cannot be made in time.
    await sandboxConfig({ apiDelayMs: API_DELAY_MS })
    const paid = await fetch(`${stack.sandboxUrl}/_sandbox/pay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: vnpay_payment.payment_url, result: "success" }),
    })
    expect(paid.status).toBe(200)
    const search = new URL(((await paid.json()) as { returnUrl: string }).returnUrl).search

    const ipnSentAt = Date.now()
    expect(await ipn(search)).toBe("00")
    expect(await attempt(txnRef)).toMatchObject({ status: "paid", order_id: null, resource_id: cartId })
    expect(await cartCompletedAt(cartId)).toBeNull()
    expect(await orderCount()).toBe(ordersBefore)
    // No querydr answer can have reached the backend yet, so no order was in the making.
    expect(Date.now() - ipnSentAt).toBeLessThan(API_DELAY_MS - 1000)
    await stack.killBackend()

    await sandboxConfig({ apiDelayMs: 0 })
    await stack.restartBackend()

    // Nothing but the job (the event of the killed process is gone) can finish it now.
    await expect
      .poll(() => attempt(txnRef), { timeout: 90_000, interval: 500 })
      .toMatchObject({ status: "completed", order_id: expect.stringMatching(/^order_/) })
    const orderId = (await attempt(txnRef))!.order_id!
    const { order } = await admin<{ order: AdminOrder }>(
      `/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments`
    )
    expect(order.payment_status).toBe("captured")
    const payments = order.payment_collections.flatMap((c) => c.payments)
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({ provider_id: "pp_vnpay_vnpay", data: { txn_ref: txnRef } })
    expect(payments[0]!.captured_at).toBeTruthy()
    expect(await cartCompletedAt(cartId)).not.toBeNull()

    // VNPay retries the IPN it believes unanswered: already settled, and nothing more is made.
    expect(await ipn(search)).toBe("02")
    expect(await orderCount()).toBe(ordersBefore + 1)
    expect(await attempt(txnRef)).toMatchObject({ status: "completed", order_id: orderId })
  })
})
