import path from "node:path"
import { daysBetween, vietnamToday } from "@choso/ocop-rules"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { products } from "../src/catalog"
import { LEGACY_OCOP_METADATA } from "../src/catalog/metadata"
import {
  OCOP_EXPIRED,
  OCOP_EXPIRING_IN_DAYS,
  OCOP_EXPIRING_SOON,
  OCOP_PENDING,
  ocopCertificateSeeds,
} from "../src/catalog/ocop"
import { planSellerLogins } from "../src/setup/account-plan"
import { seedCatalog } from "../src/setup/catalog"
import { OCOP_IMPORTED_BY } from "../src/setup/constants"
import { type OcopSeedSummary, seedOcop } from "../src/setup/ocop"
import { seedSellers } from "../src/setup/sellers"
import { type StoreSetup, setupStore } from "../src/setup/store"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any

interface CertificateRow {
  id: string
  seller_id: string
  status: string
  stars: number
  group: string
  score: number
  authority_level: string
  authority_name: string
  decision_number: string
  decision_date: string
  valid_until: string
  document_url: string
  document_mime_type: string
  document_size: number
  events: { action: string; actor_type: string; actor_id: string | null; to_status: string | null }[]
}

/**
 * The step `ocop-2026-12` on the backend with every plugin, after the catalog and the sellers,
 * on a database whose products still carry the old `ocop_stars` metadata: run twice (nothing made
 * twice), it leaves a certificate for every product — approved ones with their badge, one expiring
 * in 20 days, one expired and one waiting for review without — and no stars in product metadata.
 */
medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let first: OcopSeedSummary
    let second: OcopSeedSummary
    const today = vietnamToday()
    const handleOf = new Map<string, string>()

    const graph = async <T>(entity: string, fields: string[], filters?: Record<string, unknown>) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      return (await query.graph({ entity, fields, ...(filters ? { filters } : {}) })).data as T[]
    }

    /** The certificates with the handle of the product each covers. */
    const certificates = async () => {
      const rows = await graph<CertificateRow>("ocop_certificate", [
        "*",
        "events.action",
        "events.actor_type",
        "events.actor_id",
        "events.to_status",
      ])
      const links = await graph<{ certificate_id: string; product_id: string }>("ocop_certificate_product", [
        "certificate_id",
        "product_id",
      ])
      return rows.map((row) => {
        const covered = links.filter((l) => l.certificate_id === row.id).map((l) => handleOf.get(l.product_id))
        return { ...row, products: covered }
      })
    }

    beforeAll(async () => {
      const container = getContainer()
      setup = await setupStore(container)
      await seedCatalog(container, setup)
      await seedSellers(container, planSellerLogins({ NODE_ENV: "test" }))
      const rows = await graph<{ id: string; handle: string }>("product", ["id", "handle"])
      for (const row of rows) handleOf.set(row.id, row.handle)
      // A database seeded before the certificates: stars in metadata, which the step removes.
      const old = rows.filter((r) => [OCOP_EXPIRED, OCOP_EXPIRING_SOON, products[0].handle].includes(r.handle))
      await updateProductsWorkflow(container).run({
        input: { products: old.map((r) => ({ id: r.id, metadata: { ocop_stars: 3, ocop_year: 2024 } })) },
      })
      first = await seedOcop(container)
      // A second run (a crash before the step was recorded) finds everything and makes nothing.
      second = await seedOcop(container)
    })

    it("records one certificate per product, once, with the planned facts", async () => {
      expect(first).toMatchObject({ approved: products.length - 2, expired: 1, submitted: 1, kept: 0, cleaned: 3 })
      expect(second).toEqual({ approved: 0, expired: 0, submitted: 0, kept: products.length, cleaned: 0 })
      const rows = await certificates()
      expect(rows).toHaveLength(products.length)
      const plan = new Map(ocopCertificateSeeds(today).map((s) => [s.product, s]))
      for (const row of rows) {
        expect(row.products).toHaveLength(1)
        const seed = plan.get(row.products[0]!)!
        expect(row, seed.product).toMatchObject({
          status: seed.status,
          stars: seed.stars,
          group: seed.group,
          score: seed.score,
          authority_level: seed.authority_level,
          authority_name: seed.authority_name,
          decision_number: seed.decision_number,
          decision_date: seed.decision_date,
          valid_until: seed.valid_until,
          document_mime_type: "image/webp",
        })
        expect(row.decision_number).toContain("(minh hoạ)")
        expect(row.document_size).toBeGreaterThan(1000)
        expect(row.document_url).toMatch(/^https?:\/\/.+\.webp$/)
      }
    })

    it("records each certificate for the product's own seller", async () => {
      const owned = await graph<{ id: string; seller?: { id: string } | null }>("product", ["id", "seller.id"])
      const sellerOf = new Map(owned.map((p) => [p.id, p.seller?.id]))
      const links = await graph<{ certificate_id: string; product_id: string }>("ocop_certificate_product", [
        "certificate_id",
        "product_id",
      ])
      for (const row of await certificates()) {
        const link = links.find((l) => l.certificate_id === row.id)!
        expect(row.seller_id).toBeTruthy()
        expect(row.seller_id).toBe(sellerOf.get(link.product_id))
      }
    })

    it("has one approved certificate ending in 20 days, one expired, one submitted by its seller", async () => {
      const rows = await certificates()
      const soon = rows.filter((r) => r.status === "approved" && daysBetween(today, r.valid_until) <= 30)
      expect(soon.map((r) => r.products[0])).toEqual([OCOP_EXPIRING_SOON])
      expect(daysBetween(today, soon[0].valid_until)).toBeGreaterThanOrEqual(OCOP_EXPIRING_IN_DAYS)
      expect(daysBetween(today, soon[0].valid_until)).toBeLessThanOrEqual(OCOP_EXPIRING_IN_DAYS + 1)

      const expired = rows.find((r) => r.products[0] === OCOP_EXPIRED)!
      expect(expired.status).toBe("expired")
      expect(expired.valid_until < today).toBe(true)
      expect(expired.events.map((e) => e.actor_id)).toEqual([OCOP_IMPORTED_BY])

      const pending = rows.find((r) => r.products[0] === OCOP_PENDING)!
      expect(pending.status).toBe("submitted")
      const members = await graph<{ id: string; seller_id?: string; seller?: { id: string } }>(
        "seller_member",
        ["id", "seller.id"],
        { id: pending.events[0].actor_id }
      )
      expect(pending.events).toHaveLength(1)
      expect(pending.events[0]).toMatchObject({ action: "submitted", actor_type: "seller", to_status: "submitted" })
      expect(members[0]?.seller?.id).toBe(pending.seller_id)
    })

    it("gives a badge to the approved certificates' products only", async () => {
      const rows = await certificates()
      const badges = await graph<{ product_id: string; certificate_id: string; stars: number; valid_until: string }>(
        "ocop_badge",
        ["product_id", "certificate_id", "stars", "valid_until"]
      )
      const approved = rows.filter((r) => r.status === "approved")
      expect(badges).toHaveLength(approved.length)
      for (const certificate of approved) {
        const badge = badges.find((b) => b.certificate_id === certificate.id)
        expect(badge, certificate.products[0]).toMatchObject({
          stars: certificate.stars,
          valid_until: certificate.valid_until,
        })
        expect(handleOf.get(badge!.product_id)).toBe(certificate.products[0])
      }
      const badged = new Set(badges.map((b) => handleOf.get(b.product_id)))
      expect(badged.has(OCOP_EXPIRED)).toBe(false)
      expect(badged.has(OCOP_PENDING)).toBe(false)
      expect(badged.has(OCOP_EXPIRING_SOON)).toBe(true)
    })

    it("shows shoppers the badge on a certified product and none on the expired or pending one", async () => {
      const certified = products.find((p) => p.ocop_stars === 5)!
      const { data } = (await api.get(
        `/store/products?handle[]=${certified.handle}&handle[]=${OCOP_EXPIRED}&handle[]=${OCOP_PENDING}&fields=+ocop_badge.stars,+ocop_badge.valid_until,+metadata`,
        { headers: { "x-publishable-api-key": setup.publishableKey } }
      )) as { data: Body }
      const byHandle = new Map<string, Body>(data.products.map((p: Body) => [p.handle, p]))
      expect(byHandle.get(certified.handle)?.ocop_badge).toMatchObject({ stars: 5 })
      expect(byHandle.get(OCOP_EXPIRED)?.ocop_badge ?? null).toBeNull()
      expect(byHandle.get(OCOP_PENDING)?.ocop_badge ?? null).toBeNull()
      for (const product of data.products) {
        for (const key of LEGACY_OCOP_METADATA) {
          expect(product.metadata ?? {}, product.handle).not.toHaveProperty(key)
        }
      }
    })

    it("leaves no OCOP stars in any product's metadata", async () => {
      const rows = await graph<{ handle: string; metadata: Record<string, unknown> | null }>("product", [
        "handle",
        "metadata",
      ])
      expect(rows).toHaveLength(products.length)
      for (const row of rows) {
        for (const key of LEGACY_OCOP_METADATA) {
          expect(row.metadata ?? {}, row.handle).not.toHaveProperty(key)
        }
        expect(row.metadata?.producer_handle).toBeTruthy()
      }
    })
  },
})
