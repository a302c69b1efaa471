import path from "node:path"
import { daysBetween, validUntil } from "@choso/ocop-rules"
import { setupStore } from "@choso/seed/setup"
import { createAdminUser, routesUnder } from "@choso/seed/testing"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { expireCertificatesWorkflow } from "../../src/workflows/expire-certificates"
import { certificatePhoto, fourStars, ocopApi } from "../helpers/ocop"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let ocop: ReturnType<typeof ocopApi>
    let a: Awaited<ReturnType<ReturnType<typeof ocopApi>["producer"]>>
    let b: Awaited<ReturnType<ReturnType<typeof ocopApi>["producer"]>>
    let photo: Buffer

    beforeAll(async () => {
      const setup = await setupStore(getContainer())
      const admin = await createAdminUser(getContainer(), api)
      ocop = ocopApi(api as never, admin, setup.publishableKey)
      a = await ocop.producer("Hộ Tư")
      b = await ocop.producer("Hộ Năm")
      photo = await certificatePhoto()
    })

    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const badgeOf = async (handle: string) => {
      const reply = await ocop.store(
        `/store/products?handle=${handle}&fields=id,handle,+ocop_badge.stars,+ocop_badge.valid_until`
      )
      expect(reply.status).toBe(200)
      return reply.data.products[0]?.ocop_badge ?? null
    }
    /** The runner restores the database before each test: each one makes what it needs. */
    const approvedFor = async (producer: { token: string; product_id: string }, decisionDate: string) => {
      const sent = await ocop.submit(producer.token, fourStars([producer.product_id], decisionDate), photo)
      expect(sent.status).toBe(201)
      const approved = await ocop.asAdmin("post", `/admin/ocop/certificates/${sent.data.certificate.id}/approve`, {})
      expect(approved.status).toBe(200)
      return approved.data.certificate
    }
    const written = async () => {
      const [{ n: certificates }] = await db()("ocop_certificate").count("* as n")
      const [{ n: events }] = await db()("ocop_certificate_event").count("* as n")
      const [{ n: covered }] = await db()("ocop_certificate_product").count("* as n")
      return { certificates: Number(certificates), events: Number(events), covered: Number(covered) }
    }

    it("a producer submits with a phone photo, the operator approves, the badge and panel reach shoppers; revoked, it goes", async () => {
      const sent = await ocop.submit(a.token, fourStars([a.product_id], "2026-06-15"), photo)
      expect(sent.status).toBe(201)
      const certificate = sent.data.certificate
      expect(certificate).toMatchObject({
        status: "submitted",
        stars: 4,
        valid_until: "2029-06-14",
        products: [{ id: a.product_id }],
        document: { mime_type: "image/webp" },
      })
      // The stored photo is re-encoded: no camera, no GPS.
      const { document_file_id } = await db()("ocop_certificate").where({ id: certificate.id }).first()
      const chunks: Buffer[] = []
      for await (const chunk of await getContainer().resolve(Modules.FILE).getDownloadStream(document_file_id)) {
        chunks.push(Buffer.from(chunk))
      }
      const stored = Buffer.concat(chunks)
      expect(stored.subarray(8, 12).toString("latin1")).toBe("WEBP")
      expect((await sharp(stored).metadata()).exif).toBeUndefined()
      expect(await badgeOf(a.handle)).toBeNull()

      const queue = await ocop.asAdmin("get", "/admin/ocop/certificates")
      expect(queue.data.certificates.map((c: { id: string }) => c.id)).toContain(certificate.id)
      const approved = await ocop.asAdmin("post", `/admin/ocop/certificates/${certificate.id}/approve`, {})
      expect(approved.status).toBe(200)
      expect(approved.data.certificate.events.map((e: { action: string }) => e.action)).toEqual([
        "submitted",
        "approved",
      ])
      expect(await badgeOf(a.handle)).toMatchObject({ stars: 4, valid_until: "2029-06-14" })
      const panel = await ocop.store(`/store/ocop/certificates/by-product/${a.handle}`)
      expect(panel.data.certificate).toMatchObject({
        id: certificate.id,
        authority_name: "UBND tỉnh Cà Mau",
        register_url: expect.stringContaining("ocopvietnam.gov.vn"),
      })
      const listed = await ocop.store("/store/ocop/products?stars=4")
      expect(listed.data.products.map((p: { id: string }) => p.id)).toContain(a.product_id)

      const noReason = await ocop.asAdmin("post", `/admin/ocop/certificates/${certificate.id}/revoke`, { reason: " " })
      expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringMatching(/lý do/)])
      expect(await badgeOf(a.handle)).toMatchObject({ stars: 4 })
      const revoked = await ocop.asAdmin("post", `/admin/ocop/certificates/${certificate.id}/revoke`, {
        reason: "Cơ sở ngừng sản xuất",
      })
      expect(revoked.data.certificate).toMatchObject({ status: "revoked", reason: "Cơ sở ngừng sản xuất" })
      expect(await badgeOf(a.handle)).toBeNull()
      expect((await ocop.store(`/store/ocop/certificates/by-product/${a.handle}`)).data.certificate).toBeNull()
    })

    it("a rejection carries its reason to the seller, who submits again", async () => {
      const sent = await ocop.submit(b.token, fourStars([b.product_id], "2026-03-02"), photo)
      expect(sent.status).toBe(201)
      const rejected = await ocop.asAdmin("post", `/admin/ocop/certificates/${sent.data.certificate.id}/reject`, {
        reason: "Ảnh mờ, không đọc được số quyết định",
      })
      expect(rejected.status).toBe(200)
      const mine = await ocop.asSeller(b.token, "get", "/vendor/ocop/certificates")
      expect(mine.data.certificates[0]).toMatchObject({
        status: "rejected",
        reason: "Ảnh mờ, không đọc được số quyết định",
      })
      // Another producer sees neither the list entry nor the certificate itself.
      const foreign = await ocop.asSeller(a.token, "get", `/vendor/ocop/certificates/${sent.data.certificate.id}`)
      expect(foreign.status).toBe(404)
      expect(JSON.stringify((await ocop.asSeller(a.token, "get", "/vendor/ocop/certificates")).data)).not.toContain(
        sent.data.certificate.id
      )
      expect(await badgeOf(b.handle)).toBeNull()
      const again = await ocop.submit(b.token, fourStars([b.product_id], "2026-03-02"), photo)
      expect(again.status).toBe(201)
      const ok = await ocop.asAdmin("post", `/admin/ocop/certificates/${again.data.certificate.id}/approve`, {})
      expect(ok.status).toBe(200)
      expect(await badgeOf(b.handle)).toMatchObject({ stars: 4 })
    })

    it("refuses what cannot be true, another producer's product, a second active one and a fake PDF: 400, nothing written", async () => {
      await approvedFor(b, "2026-03-02")
      const before = await written()
      const refuse = async (reply: { status: number; data: { message: string } }, message: RegExp) => {
        expect([reply.status, reply.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      await refuse(
        await ocop.submit(a.token, fourStars([a.product_id], "2026-06-15", { score: "95" }), photo),
        /95 điểm là hạng 5 sao/
      )
      await refuse(
        await ocop.submit(a.token, fourStars([a.product_id], "2026-06-15", { stars: "5", score: "93" }), photo),
        /5 sao do Trung ương/
      )
      await refuse(await ocop.submit(a.token, fourStars([b.product_id], "2026-06-15"), photo), /của chính cơ sở mình/)
      // b's product has an approved certificate in force: only a renewal may follow.
      await refuse(await ocop.submit(b.token, fourStars([b.product_id], "2026-09-01"), photo), /còn hiệu lực/)
      const notPdf = Buffer.from("this is a text file pretending to be a certificate")
      await refuse(
        await ocop.submit(a.token, fourStars([a.product_id], "2026-06-15"), notPdf, "chung-nhan.pdf"),
        /PDF hoặc ảnh/
      )
      expect(await written()).toEqual(before)
    })

    it("keeps every /vendor/ocop route (from the route files) to the producer's own certificates and products", async () => {
      const theirs = await ocop.submit(a.token, fourStars([a.product_id], "2026-06-15"), photo)
      expect(theirs.status).toBe(201)
      const id = theirs.data.certificate.id as string
      const before = await written()
      // One row per route and method; a new /vendor/ocop route without a row here fails the test.
      const table: Record<string, () => Promise<void>> = {
        "GET /vendor/ocop/certificates": async () => {
          const reply = await ocop.asSeller(b.token, "get", `/vendor/ocop/certificates?seller_id=${a.seller_id}`)
          expect(reply.status).toBe(200)
          expect(JSON.stringify(reply.data)).not.toContain(id)
        },
        "GET /vendor/ocop/certificates/:id": async () => {
          const reply = await ocop.asSeller(b.token, "get", `/vendor/ocop/certificates/${id}`)
          expect(reply.status).toBe(404)
          expect(JSON.stringify(reply.data)).not.toContain(a.product_id)
        },
        "POST /vendor/ocop/certificates": async () => {
          const reply = await ocop.submit(b.token, fourStars([a.product_id], "2026-06-15"), photo)
          expect([reply.status, reply.data.message]).toEqual([400, expect.stringMatching(/của chính cơ sở mình/)])
        },
      }
      const routes = routesUnder(path.resolve(__dirname, "../../src/api/vendor"), "/vendor")
      expect(routes).toEqual(Object.keys(table).sort())
      for (const route of routes) await table[route]()
      expect(await written()).toEqual(before)
    })

    it("a renewal waits beside the certificate in force and replaces it when approved", async () => {
      const current = await approvedFor(b, "2026-03-02")
      const renewal = await ocop.submit(
        b.token,
        fourStars([b.product_id], "2026-11-20", { replaces_id: current.id, score: "82" }),
        photo
      )
      expect(renewal.status).toBe(201)
      expect(await badgeOf(b.handle)).toMatchObject({ valid_until: current.valid_until })
      await ocop.asAdmin("post", `/admin/ocop/certificates/${renewal.data.certificate.id}/approve`, {})
      expect(await badgeOf(b.handle)).toMatchObject({ valid_until: validUntil("2026-11-20") })
      const old = await ocop.asSeller(b.token, "get", `/vendor/ocop/certificates/${current.id}`)
      expect(old.data.certificate.status).toBe("expired")
      expect(old.data.certificate.events.at(-1)).toMatchObject({ action: "replaced" })
      const widget = await ocop.asAdmin("get", `/admin/products/${b.product_id}/ocop`)
      expect(widget.data.current.id).toBe(renewal.data.certificate.id)
      expect(widget.data.certificates).toHaveLength(2)
    })

    it("the daily job: warns once at 60 and once at 30 days, keeps the badge through the last day, expires at the Vietnam midnight after; reruns change nothing", async () => {
      const product = await ocop.producer("Hộ Sáu")
      const sent = await ocop.submit(product.token, fourStars([product.product_id], "2025-01-20"), photo)
      expect(sent.status).toBe(201)
      await ocop.asAdmin("post", `/admin/ocop/certificates/${sent.data.certificate.id}/approve`, {})
      const id = sent.data.certificate.id as string
      const last = validUntil("2025-01-20")
      expect(last).toBe("2028-01-19")
      const day = (offset: number) => {
        const d = new Date(`${last}T00:00:00Z`)
        d.setUTCDate(d.getUTCDate() + offset)
        return d.toISOString().slice(0, 10)
      }
      const run = (today: string) => expireCertificatesWorkflow(getContainer()).run({ input: { today } })
      const warnings = async () =>
        (
          await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "ocop-expiry-warning" })
        ).filter((n) => (n.data as { certificate_id?: string }).certificate_id === id)
      const status = async () => (await db()("ocop_certificate").where({ id }).first()).status

      await run(day(-61))
      expect(await warnings()).toHaveLength(0)
      await run(day(-60))
      await run(day(-59))
      expect((await warnings()).map((n) => (n.data as { days_left: number }).days_left)).toEqual([60])
      await run(day(-30))
      await run(day(-30))
      expect((await warnings()).map((n) => (n.data as { days_left: number }).days_left).sort()).toEqual([30, 60])
      expect(daysBetween(day(-30), last)).toBe(30)
      await run(last)
      expect(await status()).toBe("approved")
      expect(await badgeOf(product.handle)).toMatchObject({ valid_until: last })
      const { result } = await run(day(1))
      expect(result.expired).toContain(id)
      expect(await status()).toBe("expired")
      expect(await badgeOf(product.handle)).toBeNull()
      const again = await run(day(1))
      expect(again.result.expired).not.toContain(id)
      expect(await warnings()).toHaveLength(2)
      const events = await db()("ocop_certificate_event").where({ certificate_id: id }).orderBy("created_at")
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        "submitted",
        "approved",
        "warned",
        "warned",
        "expired",
      ])
    })
  },
})
