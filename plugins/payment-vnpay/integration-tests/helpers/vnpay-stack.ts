import { type StoreSetup, setupStore, stockAll } from "@choso/seed/setup"
import { VNPay } from "@choso/vnpay"
import { type Sandbox, type SandboxOptions, startSandbox } from "@choso/vnpay/sandbox"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { VNPAY_MODULE } from "../../src/modules/vnpay"
import type VNPayModuleService from "../../src/modules/vnpay/service"

export const TMN = "TESTTMN1"
export const SECRET = "integration-test-secret-0123456789"

export const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912345678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825" },
}

/**
 * The sandbox is a real HTTP server speaking VNPay's protocol. It sends no IPNs ("lost"): each
 * test delivers the IPN itself, exactly as VNPay would, to control timing and duplicates. It
 * must start before the runner loads medusa-config, which reads VNPAY_* (file-level hooks run
 * first): call this from a file-level beforeAll.
 */
export async function startVNPayForTests(options: Partial<SandboxOptions> = {}) {
  const sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, ipn: { mode: "lost" }, ...options })
  Object.assign(process.env, {
    VNPAY_TMN_CODE: TMN,
    VNPAY_HASH_SECRET: SECRET,
    VNPAY_URL: `${sandbox.url}/paymentv2/vpcpay.html`,
    VNPAY_RETURN_URL: "http://localhost:3000/thanh-toan/vnpay",
    VNPAY_RECONCILE_AFTER_SECONDS: "0",
    VNPAY_COMPLETE_AFTER_SECONDS: "0",
  })
  const vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: sandbox.url } })
  return { sandbox, vnpay }
}

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: Body }>
  post: (url: string, body?: object, config?: object) => Promise<{ status: number; data: Body }>
}

/** A store with products whose stock the tests choose, and helpers to pay through the sandbox. */
export async function vnpayStore(container: MedusaContainer, api: Api, sandbox: () => Sandbox) {
  const setup: StoreSetup = await setupStore(container)
  const headers = { "x-publishable-api-key": setup.publishableKey }
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product(setup, "Tôm khô Rạch Gốc", "tom-kho", "TOM-500G", 450000),
        product(setup, "Mật ong U Minh", "mat-ong", "MAT-ONG-500ML", 180000),
        product(setup, "Khô cá dứa (lô cuối)", "kho-ca-dua", "KHO-CA-DUA", 300000),
      ],
    },
  })
  const variant = Object.fromEntries(result.map((p) => [p.handle, p.variants[0].id])) as Record<string, string>
  await stockAll(
    container,
    setup,
    new Map([
      ["TOM-500G", 100000],
      ["MAT-ONG-500ML", 100000],
      ["KHO-CA-DUA", 1],
    ])
  )

  async function cart(handle = "tom-kho", email = "lan@example.vn") {
    const { data } = await api.post("/store/carts", { region_id: setup.regionId, email }, { headers })
    const cartId: string = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant[handle], quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS }, { headers })
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
    await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: options.shipping_options[0].id },
      { headers }
    )
    return cartId
  }

  async function startPayment(cartId: string, bankCode = "VNPAYQR") {
    const { data } = await api.post(
      "/store/vnpay/payments",
      { cart_id: cartId, bank_code: bankCode, ip: "113.161.1.1", locale: "vn" },
      { headers }
    )
    return data.vnpay_payment as { txn_ref: string; payment_url: string; amount: number; expires_at: string }
  }

  async function pay(url: string, result: "success" | "insufficient" | "cancel" | "reversed" | "fraud") {
    const res = await fetch(`${sandbox().url}/_sandbox/pay`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url, result }),
    })
    if (res.status !== 200) throw new Error(`sandbox pay: ${res.status} ${await res.text()}`)
    const { returnUrl } = (await res.json()) as { returnUrl: string }
    return new URL(returnUrl).search
  }

  async function ipn(search: string) {
    const res = await api.get(`/hooks/vnpay/ipn${search}`)
    if (res.status !== 200) throw new Error(`IPN answered HTTP ${res.status}`)
    return res.data as { RspCode: string; Message: string }
  }

  async function ordersOf(cartId: string) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    return data as { order_id: string }[]
  }

  async function attempt(txnRef: string) {
    const [row] = await container.resolve<VNPayModuleService>(VNPAY_MODULE).listVNPayAttempts({ txn_ref: txnRef })
    return row
  }

  /** Waits for what the subscriber does after the IPN was answered. */
  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs
    for (;;) {
      const value = await read()
      if (done(value) || Date.now() > end) return value
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  async function vnpayPaymentsOf(txnRef: string) {
    const payments = (await container.resolve(Modules.PAYMENT).listPayments({})).filter(
      (p) => p.provider_id === "pp_vnpay_vnpay" && (p.data as { txn_ref?: string }).txn_ref === txnRef
    )
    const captures = payments.length
      ? await container.resolve(Modules.PAYMENT).listCaptures({ payment_id: payments.map((p) => p.id) })
      : []
    return { payments, captures }
  }

  return { setup, headers, variant, cart, startPayment, pay, ipn, ordersOf, attempt, until, vnpayPaymentsOf }
}

function product(setup: StoreSetup, title: string, handle: string, sku: string, price: number) {
  return {
    title,
    handle,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    options: [{ title: "Quy cách", values: ["1"] }],
    variants: [{ title: "1", sku, options: { "Quy cách": "1" }, prices: [{ amount: price, currency_code: "vnd" }] }],
  }
}
