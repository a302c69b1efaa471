import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

const backendDir = path.resolve(__dirname, "../../../../backend")

const address = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912 345 678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825", vn_province_name: "Tỉnh Cà Mau" },
}

interface ErrorBody {
  code?: string
  message: string
}

async function expectStatus(promise: Promise<unknown>, status: number): Promise<ErrorBody> {
  try {
    await promise
  } catch (error) {
    const response = (error as { response?: { status: number; data: ErrorBody } }).response
    expect(response?.status).toBe(status)
    return response!.data
  }
  throw new Error(`expected HTTP ${status}, got a success`)
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      const { result: channels } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Test" }] },
      })
      const { result: keys } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channels[0].id] } })
      const { result: regions } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }] },
      })
      regionId = regions[0].id
      headers = { "x-publishable-api-key": keys[0].token }
    })

    describe("GET /store/vn/provinces", () => {
      it("lists the 34 provinces with their ward counts", async () => {
        const res = await api.get("/store/vn/provinces", { headers })
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(34)
        expect(res.data.provinces).toContainEqual(
          expect.objectContaining({ code: "96", name: "Cà Mau", ward_count: 64 })
        )
        expect(res.data.provinces[0].wards).toBeUndefined()
      })

      it("requires a publishable key like every store route", async () => {
        await expectStatus(api.get("/store/vn/provinces"), 400)
      })
    })

    describe("GET /store/vn/provinces/:code/wards", () => {
      it("lists the wards of Đà Nẵng, including former Quảng Nam", async () => {
        const res = await api.get("/store/vn/provinces/48/wards", { headers })
        expect(res.data.count).toBe(94)
        expect(res.data.wards.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(["20341", "20410"]))
      })

      it("searches wards without accents", async () => {
        const res = await api.get("/store/vn/provinces/48/wards?q=hoi%20an", { headers })
        expect(res.data.wards).toContainEqual(expect.objectContaining({ code: "20410", full_name: "Phường Hội An" }))
      })

      it("answers 404 with an actionable message for an unknown province", async () => {
        const body = await expectStatus(api.get("/store/vn/provinces/99/wards", { headers }), 404)
        expect(body.message).toContain("99")
      })
    })

    describe("POST /store/vn/address-validation", () => {
      it("reports every problem and normalises the phone", async () => {
        const ok = await api.post("/store/vn/address-validation", address, { headers })
        expect(ok.data).toEqual({ valid: true, issues: [], normalized_phone: "0912345678" })
        const bad = await api.post("/store/vn/address-validation", { ...address, phone: "" }, { headers })
        expect(bad.data.valid).toBe(false)
        expect(bad.data.issues.map((i: { code: string }) => i.code)).toEqual(["phone_required"])
      })
    })

    describe("cart addresses", () => {
      it("saves a valid Vietnamese shipping address", async () => {
        const { data } = await api.post("/store/carts", { region_id: regionId }, { headers })
        const res = await api.post(`/store/carts/${data.cart.id}`, { shipping_address: address }, { headers })
        expect(res.data.cart.shipping_address).toMatchObject({ province: "96", city: "Phường Bạc Liêu" })
      })

      it("rejects a ward of another province with 400 and leaves the cart unchanged", async () => {
        const { data } = await api.post("/store/carts", { region_id: regionId }, { headers })
        const wrong = { ...address, city: "Phường Hội An", metadata: { vn_province_code: "96", vn_ward_code: "20410" } }
        const body = await expectStatus(
          api.post(`/store/carts/${data.cart.id}`, { shipping_address: wrong }, { headers }),
          400
        )
        expect(body.code).toBe("ward_not_in_province")
        expect(body.message).toContain("không thuộc")
        const after = await api.get(`/store/carts/${data.cart.id}`, { headers })
        expect(after.data.cart.shipping_address?.city ?? null).toBeNull()
      })

      it("rejects a missing phone and an unknown ward when the cart is created", async () => {
        const body = await expectStatus(
          api.post("/store/carts", { region_id: regionId, shipping_address: { ...address, phone: "" } }, { headers }),
          400
        )
        expect(body.code).toBe("phone_required")
        const unknown = await expectStatus(
          api.post(
            "/store/carts",
            {
              region_id: regionId,
              shipping_address: { ...address, metadata: { vn_province_code: "96", vn_ward_code: "00000" } },
            },
            { headers }
          ),
          400
        )
        expect(unknown.code).toBe("ward_unknown")
        const carts = await getContainer().resolve(Modules.CART).listCarts()
        expect(carts).toHaveLength(0)
      })
    })
  },
})
