import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { marketSeeds, PENDING_STALL, stallSeeds } from "../src/catalog/markets"
import { planVendorLogins } from "../src/setup/account-plan"
import { DEMO_VENDOR, DEMO_VENDOR_PASSWORD, STALL_VERIFIED_BY } from "../src/setup/constants"
import { seedMarkets } from "../src/setup/markets"
import { type StoreSetup, setupStore } from "../src/setup/store"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
interface Row {
  id: string
  code: string
  status: string
  illustration: boolean
  account_verified_at: string | null
  account_verified_by: string | null
}

/**
 * The step `markets-2026-12` on the backend with every plugin: run twice (no duplicates), it
 * leaves the four markets, their stalls (one pending, the rest active with a verified account),
 * and a demo vendor who signs in and sees her stall ready to take payments.
 */
medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup

    const rows = async (entity: string, fields: string[]) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity, fields })).data as Row[]
    }

    beforeAll(async () => {
      setup = await setupStore(getContainer())
      const logins = planVendorLogins({ NODE_ENV: "test" })
      await seedMarkets(getContainer(), logins)
      // A second run (a crash before the step was recorded) finds everything and makes nothing.
      await seedMarkets(getContainer(), logins)
    })

    it("makes the four markets once, each an illustration", async () => {
      const markets = await rows("market", ["id", "code", "illustration"])
      expect(markets.map((m) => m.code).sort()).toEqual(marketSeeds.map((m) => m.code).sort())
      expect(markets.every((m) => m.illustration)).toBe(true)
    })

    it("makes every stall once: one pending, the others active with a verified account", async () => {
      const stalls = await rows("stall", ["id", "code", "status", "account_verified_at", "account_verified_by"])
      expect(stalls.map((s) => s.code).sort()).toEqual(stallSeeds.map((s) => s.code).sort())
      for (const stall of stalls) {
        if (stall.code === PENDING_STALL) {
          expect(stall).toMatchObject({ status: "pending", account_verified_at: null })
        } else {
          expect(stall.status, stall.code).toBe("active")
          expect(stall.account_verified_at, stall.code).not.toBeNull()
          expect(stall.account_verified_by).toBe(STALL_VERIFIED_BY)
        }
      }
      const sellers = (await rows("seller", ["id", "handle", "status", "kind"])) as unknown as {
        handle: string
        status: string
        kind: string
      }[]
      const vendors = sellers.filter((s) => s.handle.startsWith("quay-"))
      expect(vendors).toHaveLength(stallSeeds.length)
      expect(vendors.every((s) => s.kind === "stall" && s.status === "approved")).toBe(true)
    })

    it("lets the demo vendor sign in and see her stall ready to take payments", async () => {
      const signIn = await api.post("/auth/seller/emailpass", {
        email: DEMO_VENDOR.email,
        password: DEMO_VENDOR_PASSWORD,
      })
      expect(signIn.status).toBe(200)
      const headers = { authorization: `Bearer ${signIn.data.token}` }
      const { data } = (await api.get("/vendor/market/stalls", { headers })) as { data: Body }
      expect(data.stalls).toHaveLength(1)
      expect(data.stalls[0]).toMatchObject({
        code: DEMO_VENDOR.stall,
        number: "A12",
        status: "active",
        can_take_payments: true,
        market: { code: DEMO_VENDOR.market, name: "Chợ Phường 2" },
        bank: { bin: "970436", holder: "NGUYEN THI SAU", verified: true },
      })
      const wrong = await api.post(
        "/auth/seller/emailpass",
        { email: DEMO_VENDOR.email, password: "choso-nguoiban-2026" },
        { validateStatus: () => true }
      )
      expect(wrong.status).toBe(401)
    })

    it("shows the pending stall's public page as not verified", async () => {
      const { data } = (await api.get(`/store/stalls/${PENDING_STALL}`, {
        headers: { "x-publishable-api-key": setup.publishableKey },
      })) as { data: Body }
      expect(data.stall).toMatchObject({ code: PENDING_STALL, verified: false, market: { name: "Chợ Phường 2" } })
    })
  },
})
