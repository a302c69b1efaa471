import path from "node:path"
import { type StoreSetup, setupStore, stockAll } from "@choso/seed/setup"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

const backendDir = path.resolve(__dirname, "../..")

function vnAddress(provinceCode: string, wardCode: string, ward: string) {
  return {
    first_name: "Lan",
    last_name: "Nguyễn",
    address_1: "12 Trần Hưng Đạo",
    city: ward,
    province: provinceCode,
    country_code: "vn",
    phone: "0912345678",
    metadata: { vn_province_code: provinceCode, vn_ward_code: wardCode },
  }
}
const CA_MAU = vnAddress("96", "31825", "Phường Bạc Liêu")
const HO_CHI_MINH = vnAddress("79", "26740", "Phường Sài Gòn")
const HA_NOI = vnAddress("01", "00070", "Phường Hoàn Kiếm")

interface ApiError {
  response?: { status: number; data: { code?: string; message: string } }
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let headers: Record<string, string>
    let honey200: string
    let honey1kg: string

    beforeAll(async () => {
      const container = getContainer()
      setup = await setupStore(container)
      headers = { "x-publishable-api-key": setup.publishableKey }
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Mật ong rừng tràm U Minh",
              handle: "mat-ong-u-minh",
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: setup.shippingProfileId,
              sales_channels: [{ id: setup.salesChannelId }],
              options: [{ title: "Quy cách", values: ["200 g", "1 kg"] }],
              variants: [
                {
                  title: "200 g",
                  sku: "HONEY-200G",
                  options: { "Quy cách": "200 g" },
                  prices: [{ amount: 95000, currency_code: "vnd" }],
                },
                {
                  title: "1 kg",
                  sku: "HONEY-1KG",
                  options: { "Quy cách": "1 kg" },
                  prices: [{ amount: 390000, currency_code: "vnd" }],
                },
              ],
            },
          ],
        },
      })
      honey200 = result[0].variants.find((v) => v.sku === "HONEY-200G")!.id
      honey1kg = result[0].variants.find((v) => v.sku === "HONEY-1KG")!.id
      await stockAll(
        container,
        setup,
        new Map([
          ["HONEY-200G", 5],
          ["HONEY-1KG", 3],
        ])
      )
    })

    async function cartWith(variantId: string, quantity: number) {
      const { data } = await api.post(
        "/store/carts",
        { region_id: setup.regionId, email: "lan@example.vn" },
        { headers }
      )
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, { headers })
      return data.cart.id as string
    }

    async function shippingOptionsFor(cartId: string, address: ReturnType<typeof vnAddress>) {
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      return data.shipping_options as { id: string; name: string; amount: number }[]
    }

    async function orderCount() {
      const orders = await getContainer().resolve(Modules.ORDER).listOrders()
      return orders.length
    }

    it("places a cash-on-delivery order to Cà Mau with VND prices, zone fee and VAT included", async () => {
      const cartId = await cartWith(honey200, 2)
      const options = await shippingOptionsFor(cartId, CA_MAU)
      expect(options).toHaveLength(1)
      expect(options[0].amount).toBe(20000)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0].id }, { headers })
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers }
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
      expect(data.type).toBe("order")
      expect(data.order.currency_code).toBe("vnd")
      expect(data.order.total).toBe(2 * 95000 + 20000)
      expect(data.order.shipping_address).toMatchObject({
        province: "96",
        city: "Phường Bạc Liêu",
        phone: "0912345678",
      })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "email", "items.variant_sku", "payment_collections.payment_sessions.provider_id"],
        filters: { id: data.order.id },
      })
      expect(orders[0].email).toBe("lan@example.vn")
      expect(orders[0].items?.[0]?.variant_sku).toBe("HONEY-200G")
      expect(data.order.items[0].quantity).toBe(2)
      expect(orders[0].payment_collections?.[0]?.payment_sessions?.[0]?.provider_id).toBe("pp_system_default")
    })

    it("charges by zone and ships free from 500.000 ₫", async () => {
      const hcm = await shippingOptionsFor(await cartWith(honey200, 1), HO_CHI_MINH)
      expect(hcm.map((o) => o.amount)).toEqual([30000])
      const hanoi = await shippingOptionsFor(await cartWith(honey200, 1), HA_NOI)
      expect(hanoi.map((o) => o.amount)).toEqual([40000])
      const big = await shippingOptionsFor(await cartWith(honey1kg, 2), HA_NOI)
      expect(big.map((o) => o.amount)).toEqual([0])
    })

    it("refuses a quantity above stock with a clear 400 and leaves the cart as it was", async () => {
      const { data } = await api.post("/store/carts", { region_id: setup.regionId }, { headers })
      const error = (await api
        .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: honey1kg, quantity: 4 }, { headers })
        .catch((e: ApiError) => e)) as ApiError
      expect(error.response?.status).toBe(400)
      expect(error.response?.data.message).toMatch(/inventory|stock/i)
      const { data: after } = await api.get(`/store/carts/${data.cart.id}`, { headers })
      expect(after.cart.items).toHaveLength(0)
    })

    it("does not place an order from an empty cart", async () => {
      const { data } = await api.post("/store/carts", { region_id: setup.regionId }, { headers })
      const error = (await api
        .post(`/store/carts/${data.cart.id}/complete`, {}, { headers })
        .catch((e: ApiError) => e)) as ApiError
      expect(error.response?.status).toBeGreaterThanOrEqual(400)
      expect(error.response?.status).toBeLessThan(500)
      expect(await orderCount()).toBe(0)
    })

    it("does not place an order without a deliverable address", async () => {
      const cartId = await cartWith(honey200, 1)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers }
      )
      const error = (await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers })
        .catch((e: ApiError) => e)) as ApiError
      expect(error.response?.status).toBe(400)
      expect(await orderCount()).toBe(0)
    })
  },
})
