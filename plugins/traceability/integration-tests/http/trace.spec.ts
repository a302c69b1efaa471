import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { setupStore } from "@choso/seed/setup"
import { createAdminUser, routesUnder } from "@choso/seed/testing"
import { entryHash, publicKeyFromBase64, verifyDigest } from "@choso/trace-rules/chain"
import { epcisDocument, newEventId, validateEpcisDocument } from "@choso/trace-rules/epcis"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import publishTraceDigest from "../../src/jobs/publish-trace-digest"
import { previousDay, vietnamDay } from "../../src/lib/dates"
import { publishTraceDigestWorkflow } from "../../src/workflows/publish-trace-digest"
import { harvestPhoto, traceApi } from "../helpers/trace"

const API_DIR = path.resolve(__dirname, "../../src/api")

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : []
  })
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let t: ReturnType<typeof traceApi>
    let a: Awaited<ReturnType<ReturnType<typeof traceApi>["producer"]>>
    let b: Awaited<ReturnType<ReturnType<typeof traceApi>["producer"]>>
    let photo: Buffer

    beforeAll(async () => {
      const setup = await setupStore(getContainer())
      const admin = await createAdminUser(getContainer(), api)
      t = traceApi(api as never, admin, setup.publishableKey)
      a = await t.producer("Hộ Ba")
      b = await t.producer("Hộ Bốn")
      photo = await harvestPhoto()
    })

    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows = async () => {
      const events = await db()("trace_event").select("id", "lot_id", "seq", "hash", "event").orderBy(["lot_id", "seq"])
      const lots = await db()("lot").select("id", "head_seq", "head_hash", "head_signature").orderBy("id")
      return JSON.stringify({ events, lots })
    }
    const count = async () => Number((await db()("trace_event").count("* as n"))[0].n)
    /** A lot of A's with a harvest and a packing step (JSON, no photos). */
    const lotWithSteps = async () => {
      const lot = await t.lot(a.token, a.variant_id)
      for (const step of ["harvest", "packing"]) {
        const sent = await t.asSeller(a.token, "post", `/vendor/trace/lots/${lot.id}/events`, {
          step,
          quantity: 40,
          note: `Bước ${step}`,
        })
        expect(sent.status).toBe(201)
      }
      return lot
    }

    it("a seller opens a lot and records steps with a photo; the stored photo has no EXIF and its digest is in the event; shoppers see the chain intact and the export is valid EPCIS 2.0", async () => {
      const lot = await t.lot(a.token, a.variant_id, { code: "MO-2611" })
      expect(lot).toMatchObject({
        code: "MO-2611",
        gtin: "02026120000018",
        gtin_illustrative: true,
        unit: "chai",
        origin: { province_code: "96", ward_code: "31825" },
        variant: { id: a.variant_id },
        product: { id: a.product_id },
        event_count: 0,
        paths: { digital_link: "/01/02026120000018/10/MO-2611?17=271120" },
      })
      expect(lot.paths.short).toMatch(/^\/t\/[0-9A-Z]{7}$/)
      const taken = await t.asSeller(a.token, "post", "/vendor/trace/lots", {
        variant_id: a.variant_id,
        code: "MO-2611",
        produced_on: "2026-11-20",
        quantity: 1,
        unit: "chai",
        origin_ward_code: "31825",
        origin_place: "Ấp 3",
      })
      expect(taken.status).toBe(409)
      const wrong = await t.asSeller(a.token, "post", "/vendor/trace/lots", {
        variant_id: b.variant_id,
        code: "X1",
        gtin: "2026120000017",
        produced_on: "2099-01-01",
        quantity: 0,
        unit: "thùng",
        origin_ward_code: "99999",
        origin_place: "",
      })
      expect(wrong.status).toBe(400)
      expect(wrong.data.problems.map((p: { field: string }) => p.field).sort()).toEqual(
        ["gtin", "origin_place", "origin_ward_code", "produced_on", "quantity", "unit", "variant_id"].sort()
      )

      const harvest = await t.step(a.token, lot.id, { step: "harvest", quantity: "120", note: "Thu hoạch sáng" }, [
        photo,
      ])
      expect(harvest.status).toBe(201)
      const event = harvest.data.event
      expect(event).toMatchObject({
        seq: 1,
        step: "harvest",
        type: "ObjectEvent",
        note: "Thu hoạch sáng",
        source: "app",
      })
      expect(event.photos).toHaveLength(1)
      const [file] = await db()("trace_event").select("event").where({ id: event.id })
      expect(file.event["choso:photos"][0].sha256).toBe(event.photos[0].sha256)
      const download = async (url: string) => {
        const chunks: Buffer[] = []
        const stream = await getContainer().resolve(Modules.FILE).getDownloadStream(url.split("/").pop()!)
        for await (const chunk of stream) chunks.push(Buffer.from(chunk))
        return Buffer.concat(chunks)
      }
      const stored = await download(event.photos[0].url)
      expect(stored.subarray(8, 12).toString("latin1")).toBe("WEBP")
      expect((await sharp(stored).metadata()).exif).toBeUndefined()
      expect(createHash("sha256").update(stored).digest("hex")).toBe(event.photos[0].sha256)
      // The timeline's copy: a 192 px WebP square without EXIF, named in the event.
      expect(event.photos[0].thumbnail_url).toBe(file.event["choso:photos"][0].thumbnailUrl)
      const thumbnail = await download(event.photos[0].thumbnail_url)
      const meta = await sharp(thumbnail).metadata()
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", 192, 192, undefined])

      const packing = await t.step(a.token, lot.id, { step: "packing", quantity: "100" })
      expect(packing.status).toBe(201)
      const processed = await t.lot(a.token, a.variant_id, { code: "MO-2611-C" })
      const processing = await t.asSeller(a.token, "post", `/vendor/trace/lots/${processed.id}/events`, {
        step: "processing",
        input_lot_ids: [lot.id],
      })
      expect(processing.status).toBe(201)
      expect(processing.data.event.inputs[0]).toMatchObject({ lot: { id: lot.id, code: "MO-2611" } })

      const byCode = await t.store(`/store/trace/lots/by-code/${lot.short_code}`)
      expect(byCode.status).toBe(200)
      expect(byCode.data.trace).toMatchObject({
        lot: {
          id: lot.id,
          origin: { ward_code: "31825", ward_name: expect.any(String), province_name: expect.any(String) },
        },
        product: { id: a.product_id },
        producer: { id: a.seller_id, kind: "household", address: { province_name: expect.any(String) } },
        chain: { status: "intact", count: 2, broken: null },
      })
      expect(byCode.data.trace.events.map((e: { step: string }) => e.step)).toEqual(["harvest", "packing"])
      const byGtin = await t.store("/store/trace/lots/by-gtin/2026120000018/MO-2611")
      expect(byGtin.data.trace.lot.id).toBe(lot.id)
      expect((await t.store("/store/trace/lots/by-gtin/2026120000018/NONE")).status).toBe(404)

      const exported = await t.store(`/store/trace/lots/${lot.id}/epcis`)
      expect(exported.status).toBe(200)
      expect(String(exported.headers?.["content-type"])).toContain("application/ld+json")
      const document = typeof exported.data === "string" ? JSON.parse(exported.data) : exported.data
      expect(validateEpcisDocument(document)).toEqual({ valid: true })
      expect(document.epcisBody.eventList.map((e: Record<string, unknown>) => e["choso:seq"])).toEqual([1, 2])
      expect(document.epcisBody.eventList[1]["choso:prevHash"]).toBe(document.epcisBody.eventList[0]["choso:hash"])
    })

    it("capture: a schema-invalid document or one naming another seller's lot is refused whole; a valid one appends", async () => {
      const mine = await t.lot(a.token, a.variant_id)
      const theirs = await t.lot(b.token, b.variant_id)
      const eventFor = (epcClass: string) => ({
        type: "ObjectEvent",
        eventID: newEventId(),
        eventTime: "2026-11-25T08:00:00.000+07:00",
        eventTimeZoneOffset: "+07:00",
        action: "OBSERVE",
        bizStep: "shipping",
        disposition: "in_transit",
        epcList: [],
        quantityList: [{ epcClass, quantity: 10 }],
      })
      const mineClass = `https://id.gs1.org/01/${mine.gtin}/10/${mine.code}`
      const before = await rows()

      const invalid = await t.asSeller(a.token, "post", "/vendor/trace/capture", {
        type: "EPCISDocument",
        schemaVersion: "2.0",
        epcisBody: { eventList: [{ ...eventFor(mineClass), action: "SOMETIMES" }] },
      })
      expect(invalid.status).toBe(400)
      expect(invalid.data.errors.length).toBeGreaterThan(0)
      expect(invalid.data.errors[0]).toMatchObject({ path: expect.any(String), message: expect.any(String) })
      expect(await rows()).toBe(before)

      const foreign = epcisDocument(
        [eventFor(mineClass), eventFor(`https://choso.vn/t/${theirs.short_code}`)] as never,
        { creationDate: "2026-11-25T09:00:00.000Z" }
      )
      const refused = await t.asSeller(a.token, "post", "/vendor/trace/capture", foreign, {
        "content-type": "application/ld+json",
      })
      expect(refused.status).toBe(400)
      expect(refused.data.errors).toEqual([expect.objectContaining({ path: "/epcisBody/eventList/1" })])
      expect(await rows()).toBe(before)

      const valid = epcisDocument([eventFor(mineClass), eventFor(`https://choso.vn/t/${mine.short_code}`)] as never, {
        creationDate: "2026-11-25T09:00:00.000Z",
      })
      const captured = await t.asSeller(a.token, "post", "/vendor/trace/capture", valid, {
        "content-type": "application/ld+json",
      })
      expect(captured.status).toBe(201)
      expect(captured.data).toEqual({ captured: 2, lots: [{ id: mine.id, code: mine.code, added: 2 }] })
      const detail = await t.asSeller(a.token, "get", `/vendor/trace/lots/${mine.id}`)
      expect(detail.data.events.map((e: { source: string; step: string }) => [e.source, e.step])).toEqual([
        ["capture", "shipping"],
        ["capture", "shipping"],
      ])
      expect(detail.data.chain.status).toBe("intact")
      // The same document again: its events are already in the chain, nothing is added.
      const again = await t.asSeller(a.token, "post", "/vendor/trace/capture", valid)
      expect(again.status).toBe(400)
      expect(await count()).toBe(2)
    })

    it("a correction re-publishes the eventID with an errorDeclaration and appends the corrective event", async () => {
      const lot = await lotWithSteps()
      const detail = await t.asSeller(a.token, "get", `/vendor/trace/lots/${lot.id}`)
      const wrong = detail.data.events[0]
      const unknownUnit = await t.asSeller(a.token, "post", `/vendor/trace/events/${wrong.id}/corrections`, {
        reason: "incorrect_data",
        replacement: { step: "harvest", quantity: 44, uom: "XYZ" },
      })
      expect([unknownUnit.status, unknownUnit.data.message]).toEqual([400, expect.stringMatching(/Đơn vị/)])
      // The harvest was weighed: the fixed step keeps its kilograms although the lot counts bottles.
      const corrected = await t.asSeller(a.token, "post", `/vendor/trace/events/${wrong.id}/corrections`, {
        reason: "incorrect_data",
        note: "Ghi nhầm số lượng",
        replacement: { step: "harvest", quantity: 44, uom: "KGM" },
      })
      expect(corrected.status).toBe(201)
      const [declaration, replacement] = corrected.data.events
      expect(declaration).toMatchObject({
        seq: 3,
        event_id: wrong.event_id,
        source: "correction",
        error_declaration: { reason: "incorrect_data", corrective_event_ids: [replacement.event_id] },
      })
      expect(replacement).toMatchObject({ seq: 4, step: "harvest", quantity: { value: 44, uom: "KGM" } })
      const after = await t.asSeller(a.token, "get", `/vendor/trace/lots/${lot.id}`)
      expect(after.data.events[0]).toMatchObject({ id: wrong.id, corrected: true })
      expect(after.data.chain).toMatchObject({ status: "intact", count: 4 })
      const exported = await t.store(`/store/trace/lots/${lot.id}/epcis`)
      const document = typeof exported.data === "string" ? JSON.parse(exported.data) : exported.data
      expect(validateEpcisDocument(document)).toEqual({ valid: true })

      // A processing step with a photo, recorded with the wrong input lot: the replacement names the
      // right one (the seller's own; another seller's is refused, nothing written) and keeps the photo.
      const processed = await t.lot(a.token, a.variant_id, { code: "MO-CHE-BIEN" })
      const other = await t.lot(a.token, a.variant_id, { code: "MO-KHAC" })
      const step = await t.step(a.token, processed.id, { step: "processing", input_lot_ids: other.id }, [photo])
      expect(step.status).toBe(201)
      const original = step.data.event
      const foreign = await t.lot(b.token, b.variant_id, { code: "MO-CUA-B" })
      const before = await count()
      const refused = await t.asSeller(a.token, "post", `/vendor/trace/events/${original.id}/corrections`, {
        reason: "incorrect_data",
        replacement: { step: "processing", input_lot_ids: [foreign.id] },
      })
      expect(refused.status).toBe(404)
      expect(await count()).toBe(before)
      const fixed = await t.asSeller(a.token, "post", `/vendor/trace/events/${original.id}/corrections`, {
        reason: "incorrect_data",
        note: "Nhầm lô nguyên liệu",
        replacement: { step: "processing", input_lot_ids: [lot.id] },
      })
      expect(fixed.status).toBe(201)
      const corrective = fixed.data.events[1]
      expect(corrective.inputs.map((i: { lot: { id: string } | null }) => i.lot?.id)).toEqual([lot.id])
      expect(corrective.photos).toEqual(original.photos)
      expect(corrective.photos[0].thumbnail_url).toBeTruthy()
    })

    it("no route updates or deletes a trace event, and the module refuses to", async () => {
      for (const file of routeFiles(API_DIR)) {
        const source = readFileSync(file, "utf8")
        const writes = /export\s+(async\s+)?(function|const)\s+(PUT|PATCH|DELETE)\b/.test(source)
        if (writes) expect([file, /trace_event|TraceEvent|appendEntries|\/events/.test(source)]).toEqual([file, false])
      }
      const service = readFileSync(path.resolve(__dirname, "../../src/modules/trace/service.ts"), "utf8")
      // Each knex statement on trace_event (up to the next statement) neither updates nor deletes.
      expect(service).not.toMatch(/\("trace_event"\)(?:(?!await|\n\n)[\s\S])*\.(update|del|delete|increment)\(/)

      const lot = await lotWithSteps()
      const detail = await t.asSeller(a.token, "get", `/vendor/trace/lots/${lot.id}`)
      const entry = detail.data.events[0]
      const before = await rows()
      const paths = [
        `/vendor/trace/events/${entry.id}`,
        `/vendor/trace/lots/${lot.id}/events/${entry.id}`,
        `/admin/trace/events/${entry.id}`,
        `/store/trace/events/${entry.id}`,
      ]
      for (const url of paths) {
        for (const method of ["put", "patch", "delete", "post"]) {
          const reply = url.startsWith("/admin")
            ? await t.asAdmin(method, url, { note: "sửa" })
            : url.startsWith("/store")
              ? await t.store(url, method, { note: "sửa" })
              : await t.asSeller(a.token, method, url, { note: "sửa" })
          expect([url, method, [404, 405].includes(reply.status)]).toEqual([url, method, true])
        }
      }
      for (const method of ["put", "patch", "delete"]) {
        const reply = await t.asSeller(a.token, method, `/vendor/trace/lots/${lot.id}/events`, { step: "harvest" })
        expect([method, [404, 405].includes(reply.status)]).toEqual([method, true])
      }
      const trace = getContainer().resolve("trace") as Record<string, (...args: unknown[]) => Promise<unknown>>
      await expect(trace.updateTraceEvents({ id: entry.id, recorded_by: "x" })).rejects.toThrow(/append-only/)
      await expect(trace.deleteTraceEvents(entry.id)).rejects.toThrow(/append-only/)
      await expect(trace.softDeleteTraceEvents(entry.id)).rejects.toThrow(/append-only/)
      expect(await rows()).toBe(before)
    })

    it("a seller can neither read, add to nor correct another seller's lot: every /vendor/trace route (from the route files) answers 404 or refuses, and nothing changes", async () => {
      const lot = await lotWithSteps()
      const detail = await t.asSeller(a.token, "get", `/vendor/trace/lots/${lot.id}`)
      const entry = detail.data.events[0]
      const before = await rows()
      // One row per route file and method; a new vendor route without a row here fails the test.
      const foreignIds: Record<string, string> = {
        "/vendor/trace/lots/:id": lot.id,
        "/vendor/trace/lots/:id/events": lot.id,
        "/vendor/trace/events/:id/corrections": entry.id,
      }
      const table: Record<string, { body?: unknown; check: (reply: { status: number; data: unknown }) => void }> = {
        "GET /vendor/trace/lots/:id": { check: (r) => expect(r.status).toBe(404) },
        "POST /vendor/trace/lots/:id/events": { body: { step: "storing" }, check: (r) => expect(r.status).toBe(404) },
        "POST /vendor/trace/events/:id/corrections": {
          body: { reason: "did_not_occur" },
          check: (r) => expect(r.status).toBe(404),
        },
        "GET /vendor/trace/lots": { check: (r) => expect(JSON.stringify(r.data)).not.toContain(lot.id) },
        "POST /vendor/trace/lots": {
          body: {
            variant_id: a.variant_id,
            code: "LAY-CUA-A",
            produced_on: "2026-11-20",
            quantity: 10,
            unit: "chai",
            origin_ward_code: "31825",
            origin_place: "Ấp 3",
          },
          check: (r) => expect([400, 404]).toContain(r.status),
        },
        "GET /vendor/trace/variants": {
          check: (r) => {
            expect(r.status).toBe(200)
            expect(JSON.stringify(r.data)).not.toContain(a.variant_id)
          },
        },
        "POST /vendor/trace/capture": {
          body: epcisDocument(
            [
              {
                type: "ObjectEvent",
                eventID: newEventId(),
                eventTime: "2026-11-21T01:00:00.000Z",
                eventTimeZoneOffset: "+07:00",
                action: "OBSERVE",
                bizStep: "storing",
                quantityList: [{ epcClass: `https://id.gs1.org/01/${lot.gtin}/10/${lot.code}`, quantity: 1 }],
              },
            ],
            { creationDate: "2026-11-21T01:00:00.000Z" }
          ),
          check: (r) => expect(r.status).toBe(400),
        },
      }
      const routes = routesUnder(path.join(API_DIR, "vendor"), "/vendor")
      expect(routes).toEqual(Object.keys(table).sort())
      for (const route of routes) {
        const [method, template] = route.split(" ")
        const url = template.replace(":id", foreignIds[template] ?? ":id")
        const reply = await t.asSeller(b.token, method.toLowerCase(), url, table[route].body)
        try {
          table[route].check(reply)
        } catch (error) {
          throw new Error(`${route}: ${reply.status} ${JSON.stringify(reply.data)} — ${(error as Error).message}`)
        }
      }
      const ownLot = await t.lot(b.token, b.variant_id)
      const withForeignInput = await t.asSeller(b.token, "post", `/vendor/trace/lots/${ownLot.id}/events`, {
        step: "processing",
        input_lot_ids: [lot.id],
      })
      expect([withForeignInput.status, withForeignInput.data]).toEqual([404, expect.anything()])
      const afterRows = JSON.parse(await rows())
      const beforeRows = JSON.parse(before)
      expect(afterRows.events).toEqual(beforeRows.events)
      expect(afterRows.lots.filter((l: { id: string }) => l.id !== ownLot.id)).toEqual(beforeRows.lots)
      // The refused bodies were valid ones: only whose rows they name made the difference.
      expect(validateEpcisDocument(table["POST /vendor/trace/capture"].body).valid).toBe(true)
      expect(
        (await t.asSeller(a.token, "post", "/vendor/trace/lots", table["POST /vendor/trace/lots"].body)).status
      ).toBe(201)
      expect(
        (await t.asSeller(a.token, "post", "/vendor/trace/capture", table["POST /vendor/trace/capture"].body)).status
      ).toBe(201)
    })

    it("tampering shows: an edited event or column breaks the chain at its seq; a consistently rewritten chain fails its signature", async () => {
      const lot = await lotWithSteps()
      const status = async () => (await t.store(`/store/trace/lots/by-code/${lot.short_code}`)).data.trace.chain
      expect((await status()).status).toBe("intact")

      const original = await db()("trace_event").where({ lot_id: lot.id }).orderBy("seq")
      await db().raw(`update trace_event set event = jsonb_set(event, '{choso:note}', '"Bước sửa"') where id = ?`, [
        original[1].id,
      ])
      expect(await status()).toMatchObject({ status: "broken", broken: { seq: 2, reason: "hash" } })
      await db()("trace_event")
        .where({ id: original[1].id })
        .update({ event: JSON.stringify(original[1].event) })
      expect((await status()).status).toBe("intact")

      await db()("trace_event").where({ id: original[0].id }).update({ recorded_by: "mem_mallory" })
      expect(await status()).toMatchObject({ status: "broken", broken: { seq: 1 } })
      await db()("trace_event").where({ id: original[0].id }).update({ recorded_by: original[0].recorded_by })
      await db()("trace_event").where({ id: original[0].id }).update({ step: "shipping" })
      expect(await status()).toMatchObject({ status: "broken", broken: { seq: 1 } })
      await db()("trace_event").where({ id: original[0].id }).update({ step: original[0].step })
      expect((await status()).status).toBe("intact")

      // Rewrite everything consistently, as someone with the database but not the key could.
      let prev = "0".repeat(64)
      for (const row of original) {
        const event = { ...row.event, "choso:note": "Viết lại" }
        const hash = entryHash({
          id: row.id,
          lot_id: row.lot_id,
          seq: row.seq,
          event_id: row.event_id,
          event,
          prev_hash: prev,
          recorded_at: new Date(row.recorded_at).toISOString(),
          recorded_by: row.recorded_by,
          source: row.source,
        })
        await db()("trace_event")
          .where({ id: row.id })
          .update({ event: JSON.stringify(event), prev_hash: prev, hash })
        prev = hash
      }
      await db()("lot").where({ id: lot.id }).update({ head_hash: prev })
      expect(await status()).toMatchObject({ status: "broken", broken: { reason: "signature" } })
    })

    it("the digest job publishes one signed digest for the day that ended, and again changes nothing", async () => {
      const lot = await lotWithSteps()
      const day = previousDay(vietnamDay())
      await publishTraceDigest(getContainer())
      const first = await t.store(`/store/trace/digests/${day}`)
      expect(first.status).toBe(200)
      const digest = first.data.digest
      expect(digest.heads).toEqual([{ lot_id: lot.id, seq: 2, hash: expect.any(String) }])
      const key = (await t.store("/store/trace/key")).data
      expect(key).toMatchObject({ algorithm: "Ed25519", key_id: digest.key_id })
      expect(verifyDigest(digest, publicKeyFromBase64(key.public_key), digest.heads)).toBe(true)

      await t.asSeller(a.token, "post", `/vendor/trace/lots/${lot.id}/events`, { step: "storing" })
      await publishTraceDigest(getContainer())
      const { result } = await publishTraceDigestWorkflow(getContainer()).run({ input: { day } })
      expect(result).toMatchObject({ created: false, root: digest.root, signature: digest.signature })
      const list = await t.store("/store/trace/digests")
      expect(list.data.digests).toEqual([
        { day, count: 1, root: digest.root, signature: digest.signature, key_id: digest.key_id },
      ])
      const trace = (await t.store(`/store/trace/lots/by-code/${lot.short_code}`)).data.trace
      expect(trace.chain).toMatchObject({ status: "intact", count: 3, published: { day, seq: 2 } })
    })
  },
})
