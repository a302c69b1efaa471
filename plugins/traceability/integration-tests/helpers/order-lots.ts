import { type StoreSetup, setupStore, stockAll } from "@choso/seed/setup"
import { createAdminUser } from "@choso/seed/testing"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createLotWorkflow } from "../../src/workflows/create-lot"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
export type Reply = { status: number; data: Body }
type Api = { request: (config: object) => Promise<Reply>; post: (url: string, body?: object) => Promise<Reply> }

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

/** A day `offset` days from today in Vietnam, "YYYY-MM-DD". */
export function dayFromToday(offset: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)
}

/**
 * A store with an approved producer selling honey in two sizes, a shopper's order of both
 * (5 × 500 ml, 1 × 1 l), and calls as the operator and as the storefront.
 */
export async function orderLotsStack(container: MedusaContainer, api: Api) {
  const setup: StoreSetup = await setupStore(container)
  const admin = await createAdminUser(container, api as never)
  const call = (method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
    api.request({ method, url, data, headers, validateStatus: () => true })
  const store = { "x-publishable-api-key": setup.publishableKey }
  const asAdmin = (method: string, url: string, data?: unknown) => call(method, url, data, admin)
  const asStore = (method: string, url: string, data?: unknown) => call(method, url, data, store)

  const seller_id = await registerSeller(call, asAdmin)
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Mật ong rừng tràm U Minh",
          handle: `mat-ong-u-minh-${Date.now().toString(36)}`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: setup.shippingProfileId,
          sales_channels: [{ id: setup.salesChannelId }],
          options: [{ title: "Quy cách", values: ["500 ml", "1 l"] }],
          variants: [
            {
              title: "500 ml",
              sku: "LOT-HONEY-500ML",
              options: { "Quy cách": "500 ml" },
              prices: [{ amount: 180000, currency_code: "vnd" }],
            },
            {
              title: "1 l",
              sku: "LOT-HONEY-1L",
              options: { "Quy cách": "1 l" },
              prices: [{ amount: 340000, currency_code: "vnd" }],
            },
          ],
        },
      ],
    },
  })
  const product = result[0]
  const small = product.variants.find((v) => v.sku === "LOT-HONEY-500ML")?.id as string
  const large = product.variants.find((v) => v.sku === "LOT-HONEY-1L")?.id as string
  await container
    .resolve(ContainerRegistrationKeys.LINK)
    .create({ seller: { seller_id }, [Modules.PRODUCT]: { product_id: product.id } })
  await stockAll(container, setup, new Map(), 100)

  const order = await placeOrder(asStore, setup.regionId, [
    { variant_id: small, quantity: 5 },
    { variant_id: large, quantity: 1 },
  ])
  const lineOf = (variantId: string) =>
    (order.items as { id: string; variant_id: string }[]).find((i) => i.variant_id === variantId)?.id as string

  async function lot(variant_id: string, code: string, fields: Record<string, unknown> = {}) {
    const { result } = await createLotWorkflow(container).run({
      input: {
        seller_id,
        actor_id: null,
        variant_id,
        code,
        produced_on: dayFromToday(-60),
        expires_on: dayFromToday(300),
        quantity: 100,
        unit: "chai",
        origin_ward_code: "31825",
        origin_place: "Ấp 3, rừng tràm U Minh Hạ",
        ...fields,
      },
    })
    return result as { id: string; code: string; short_code: string; gtin: string | null }
  }

  return {
    setup,
    seller_id,
    order_id: order.id as string,
    variants: { small, large },
    lines: { small: lineOf(small), large: lineOf(large) },
    lot,
    asAdmin,
    asStore,
  }
}

async function registerSeller(
  call: (method: string, url: string, data?: unknown, headers?: Record<string, string>) => Promise<Reply>,
  asAdmin: (method: string, url: string, data?: unknown) => Promise<Reply>
): Promise<string> {
  const stamp = String(Date.now()).slice(-5)
  const email = `lo-hang-${stamp}@example.vn`
  const signUp = await call("post", "/auth/seller/emailpass/register", { email, password: "mat-khau-lo-hang-2026" })
  const registered = await call(
    "post",
    "/vendor/sellers",
    {
      member_name: "Trần Văn Tư",
      seller: {
        name: `Hộ ong Tư ${stamp}`,
        kind: "household",
        legal_form: "household_business",
        business_registration_number: `96A80${stamp}`,
        representative: "Trần Văn Tư",
        id_number: `0961860${stamp}`,
        phone: "0912 345 678",
        email,
        province_code: "96",
        ward_code: "31825",
        address_line: "Ấp 3",
        bank_bin: "970436",
        bank_account_number: `00710002${stamp}`,
        bank_account_name: "TRAN VAN TU",
      },
    },
    { authorization: `Bearer ${signUp.data.token}` }
  )
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.data)}`)
  const sellerId = registered.data.seller.id as string
  const approved = await asAdmin("post", `/admin/sellers/${sellerId}/status`, { status: "approved" })
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.data)}`)
  return sellerId
}

/** A cash-on-delivery order placed through the store API, as the storefront's checkout does. */
async function placeOrder(
  asStore: (method: string, url: string, data?: unknown) => Promise<Reply>,
  regionId: string,
  items: { variant_id: string; quantity: number }[]
) {
  const ok = (reply: Reply, what: string) => {
    if (reply.status >= 300) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.data)}`)
    return reply.data
  }
  const { cart } = ok(await asStore("post", "/store/carts", { region_id: regionId, email: "lan@example.vn" }), "cart")
  for (const item of items) ok(await asStore("post", `/store/carts/${cart.id}/line-items`, item), "line")
  ok(
    await asStore("post", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }),
    "address"
  )
  const { shipping_options } = ok(await asStore("get", `/store/shipping-options?cart_id=${cart.id}`), "options")
  ok(await asStore("post", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }), "ship")
  const { payment_collection } = ok(await asStore("post", "/store/payment-collections", { cart_id: cart.id }), "pc")
  ok(
    await asStore("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    }),
    "session"
  )
  const completed = ok(await asStore("post", `/store/carts/${cart.id}/complete`, {}), "complete")
  if (completed.type !== "order") throw new Error(`complete: ${JSON.stringify(completed)}`)
  return completed.order
}
