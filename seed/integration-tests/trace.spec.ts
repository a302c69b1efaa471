import path from "node:path"
import { digitalLinkPath } from "@choso/trace-rules"
import { validateEpcisDocument } from "@choso/trace-rules/epcis"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { lotKey, traceLotSeeds, WAREHOUSE } from "../src/catalog/trace"
import { planSellerLogins } from "../src/setup/account-plan"
import { seedCatalog } from "../src/setup/catalog"
import { TRACE_SEEDED_BY } from "../src/setup/constants"
import { seedSellers } from "../src/setup/sellers"
import { type StoreSetup, setupStore } from "../src/setup/store"
import { seedTrace, type TraceSeedSummary } from "../src/setup/trace"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any

interface LotRow {
  id: string
  code: string
  gtin: string | null
  short_code: string
  seller_id: string
  product_id: string
  variant_id: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  origin_ward_code: string
  origin_place: string
  head_seq: number
}

const plannedEvents = traceLotSeeds.reduce((n, lot) => n + lot.events.length, 0)

/**
 * The step `trace-2026-12` on the backend with every plugin, after the catalog and the sellers:
 * run twice (nothing made twice), every planned lot exists for its product's seller, and every
 * lot's chain is intact for shoppers and exports as a valid EPCIS 2.0 document.
 */
medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let first: TraceSeedSummary
    let second: TraceSeedSummary
    let lots: LotRow[]
    const headers = () => ({ "x-publishable-api-key": setup.publishableKey })

    const graph = async <T>(entity: string, fields: string[], filters?: Record<string, unknown>) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity, fields, ...(filters ? { filters } : {}) })).data as T[]
    }

    beforeAll(async () => {
      const container = getContainer()
      setup = await setupStore(container)
      await seedCatalog(container, setup)
      await seedSellers(container, planSellerLogins({ NODE_ENV: "test" }))
      first = await seedTrace(container)
      // A second run (a crash before the step was recorded) finds every lot and adds nothing.
      second = await seedTrace(container)
      lots = await graph<LotRow>("lot", ["*"])
    })

    it("creates every planned lot once, with its chain, and adds nothing on a second run", async () => {
      expect(first).toEqual({ created: traceLotSeeds.length, events: plannedEvents, kept: 0, skipped: 0 })
      expect(second).toEqual({ created: 0, events: 0, kept: traceLotSeeds.length, skipped: 0 })
      expect(lots).toHaveLength(traceLotSeeds.length)
      const entries = await graph<{ id: string; source: string; recorded_by: string | null }>("trace_event", [
        "id",
        "source",
        "recorded_by",
      ])
      expect(entries).toHaveLength(plannedEvents)
      for (const entry of entries) expect(entry).toMatchObject({ source: "seed", recorded_by: TRACE_SEEDED_BY })
    })

    it("gives each lot its planned facts, for the seller of its product's variant", async () => {
      const products = await graph<{ id: string; handle: string; seller?: { id: string } | null }>("product", [
        "id",
        "handle",
        "seller.id",
      ])
      const byId = new Map(products.map((p) => [p.id, p]))
      for (const seed of traceLotSeeds) {
        const row = lots.find((l) => l.code === seed.code && byId.get(l.product_id)?.handle === seed.product)
        expect(row, lotKey(seed)).toBeDefined()
        expect(row).toMatchObject({
          gtin: seed.gtin,
          produced_on: seed.produced_on,
          expires_on: seed.expires_on,
          quantity: seed.quantity,
          unit: seed.unit,
          origin_ward_code: seed.origin_ward_code,
          origin_place: seed.origin_place,
          head_seq: seed.events.length,
        })
        expect(row?.seller_id).toBe(byId.get(row?.product_id ?? "")?.seller?.id)
      }
    })

    it("ships to the store's own warehouse", async () => {
      const [location] = await getContainer()
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ name: WAREHOUSE.name }, { relations: ["address"] })
      expect(location?.address?.address_1).toBe(WAREHOUSE.address)
      expect(location?.address?.city).toBe("Phường An Xuyên")
    })

    it("exports every lot's chain as an EPCIS 2.0 document that validates, in seq order", async () => {
      for (const lot of lots) {
        const { data, headers: answer } = (await api.get(`/store/trace/lots/${lot.id}/epcis`, {
          headers: headers(),
        })) as { data: Body; headers: Record<string, string> }
        expect(String(answer["content-type"])).toContain("application/ld+json")
        const document = typeof data === "string" ? JSON.parse(data) : data
        const result = validateEpcisDocument(document)
        expect(result, `${lot.code}: ${JSON.stringify(result)}`).toEqual({ valid: true })
        const events = document.epcisBody.eventList as Body[]
        expect(events.map((e) => e["choso:seq"])).toEqual(events.map((_, i) => i + 1))
        expect(events[0]["choso:step"]).toBe("harvest")
        expect(events.at(-1)["choso:step"]).toBe("shipping")
      }
    })

    it("shows shoppers every chain intact, by short link and by Digital Link", async () => {
      for (const lot of lots) {
        const { data } = (await api.get(`/store/trace/lots/by-code/${lot.short_code}`, { headers: headers() })) as {
          data: Body
        }
        expect(data.trace.chain, lot.code).toMatchObject({ status: "intact", count: lot.head_seq, broken: null })
        expect(data.trace.events).toHaveLength(lot.head_seq)
        expect(data.trace.lot.origin.ward_code).toBe(lot.origin_ward_code)
        if (lot.gtin) {
          const { data: byGtin } = (await api.get(`/store/trace/lots/by-gtin/${lot.gtin}/${lot.code}`, {
            headers: headers(),
          })) as { data: Body }
          expect(byGtin.trace.lot.id).toBe(lot.id)
          expect(byGtin.trace.chain.status).toBe("intact")
          expect(data.trace.lot.gtin_illustrative).toBe(true)
          expect(data.trace.lot.paths.digital_link).toBe(digitalLinkPath(lot.gtin, lot.code, lot.expires_on))
        }
      }
    })

    it("links a processing input that is another seeded lot to that lot", async () => {
      const seed = traceLotSeeds.find((l) => (l.events[1].inputs?.length ?? 0) > 1)
      expect(seed).toBeDefined()
      const ingredient = seed?.events[1].inputs?.[1]?.lot
      const lot = lots.find((l) => l.code === seed?.code)
      const { data } = (await api.get(`/store/trace/lots/by-code/${lot?.short_code}`, { headers: headers() })) as {
        data: Body
      }
      const processing = data.trace.events.find((e: Body) => e.step === "processing")
      expect(processing.inputs.map((i: Body) => i.lot?.code)).toEqual([seed?.code, ingredient?.code])
    })
  },
})
