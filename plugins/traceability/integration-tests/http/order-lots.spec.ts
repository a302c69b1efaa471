import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { assignOrderLotsWorkflow } from "../../src/workflows/assign-order-lots"
import { type ReplaceAllocationsInput, replaceAllocationsStep } from "../../src/workflows/steps/replace-allocations"
import { dayFromToday, orderLotsStack } from "../helpers/order-lots"

const GTIN = "02026120000018"

/** The replacement, then a failure: what the replacement did must be undone. */
const failAfterReplace = createWorkflow("test-replace-allocations-then-fail", (input: ReplaceAllocationsInput) => {
  replaceAllocationsStep(input)
  createStep("test-fail-after-replace", async () => {
    throw new Error("la bàn hỏng (later step failed)")
  })()
})

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let s: Awaited<ReturnType<typeof orderLotsStack>>
    type Lot = Awaited<ReturnType<typeof s.lot>>
    let soon: Lot
    let late: Lot
    let open: Lot
    let expired: Lot
    let otherVariant: Lot

    // The snapshot is taken after this: every test starts from this order and these lots, unassigned.
    beforeAll(async () => {
      s = await orderLotsStack(getContainer(), api as never)
      late = await s.lot(s.variants.small, "MO-LATE", { expires_on: dayFromToday(200), gtin: GTIN })
      soon = await s.lot(s.variants.small, "MO-SOON", { expires_on: dayFromToday(30), quantity: 3 })
      open = await s.lot(s.variants.small, "MO-OPEN", { expires_on: null, produced_on: dayFromToday(-90) })
      expired = await s.lot(s.variants.small, "MO-OLD", {
        produced_on: dayFromToday(-400),
        expires_on: dayFromToday(-1),
      })
      otherVariant = await s.lot(s.variants.large, "MO-1L", { expires_on: dayFromToday(10) })
    })

    const route = () => `/admin/trace/orders/${s.order_id}/lots`
    const assign = (lines: { line_item_id: string; lots: { lot_id: string; quantity: number }[] }[]) =>
      s.asAdmin("post", route(), { lines })
    const lineOf = (data: { lines: { line_item_id: string }[] }, id: string) =>
      // biome-ignore lint/suspicious/noExplicitAny: a response body
      data.lines.find((l) => l.line_item_id === id) as any
    /** Every lot_allocation row, deleted ones included, in a comparable form. */
    const rows = async () => {
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const all = await db("lot_allocation")
        .select("id", "lot_id", "line_item_id", "quantity", "deleted_at")
        .orderBy("id")
      return all.map((r: { id: string; lot_id: string; quantity: number; deleted_at: Date | null }) => ({
        id: r.id,
        lot_id: r.lot_id,
        quantity: r.quantity,
        live: r.deleted_at === null,
      }))
    }

    it("suggests the earliest expiry first, without expired lots, filling the line across lots", async () => {
      const reply = await s.asAdmin("get", route())
      expect(reply.status).toBe(200)
      const line = lineOf(reply.data, s.lines.small)
      expect(line).toMatchObject({
        title: "Mật ong rừng tràm U Minh",
        variant_title: "500 ml",
        quantity: 5,
        allocations: [],
      })
      expect(line.candidates.map((c: { code: string }) => c.code)).toEqual(["MO-SOON", "MO-LATE", "MO-OPEN"])
      expect(line.candidates[0]).toMatchObject({ lot_id: soon.id, quantity: 3, unit: "chai", allocated: 0 })
      // MO-SOON holds 3 bottles: the other 2 come from the next to expire.
      expect(line.suggestion).toEqual([
        { lot_id: soon.id, quantity: 3 },
        { lot_id: late.id, quantity: 2 },
      ])
      const large = lineOf(reply.data, s.lines.large)
      expect(large.candidates.map((c: { code: string }) => c.code)).toEqual(["MO-1L"])
      expect(large.suggestion).toEqual([{ lot_id: otherVariant.id, quantity: 1 }])
      expect(reply.data.storefront_url).toMatch(/^https?:\/\//)
      expect((await s.asAdmin("get", "/admin/trace/orders/order_nope/lots")).status).toBe(404)
    })

    it("assigns two lots to one line; the operator and the shopper see them, with their trace paths", async () => {
      const saved = await assign([
        {
          line_item_id: s.lines.small,
          lots: [
            { lot_id: soon.id, quantity: 2 },
            { lot_id: late.id, quantity: 3 },
          ],
        },
      ])
      expect(saved.status).toBe(200)
      const expected = [
        { lot_id: soon.id, code: "MO-SOON", quantity: 2, path: `/t/${soon.short_code}` },
        { lot_id: late.id, code: "MO-LATE", quantity: 3, path: expect.stringMatching(`^/01/${GTIN}/10/MO-LATE\\?17=`) },
      ]
      expect(lineOf(saved.data, s.lines.small).allocations).toEqual(expected)
      expect(lineOf(saved.data, s.lines.large).allocations).toEqual([])

      const read = await s.asAdmin("get", route())
      expect(lineOf(read.data, s.lines.small).allocations).toEqual(expected)
      const candidates = lineOf(read.data, s.lines.small).candidates
      expect(candidates.find((c: { lot_id: string }) => c.lot_id === soon.id).allocated).toBe(2)

      const shopper = await s.asStore("get", `/store/trace/orders/${s.order_id}/lots`)
      expect(shopper.status).toBe(200)
      expect(shopper.data).toEqual({
        lines: expect.arrayContaining([
          {
            line_item_id: s.lines.small,
            lots: [
              { id: soon.id, code: "MO-SOON", quantity: 2, path: `/t/${soon.short_code}` },
              { id: late.id, code: "MO-LATE", quantity: 3, path: expected[1].path },
            ],
          },
          { line_item_id: s.lines.large, lots: [] },
        ]),
      })
      expect(shopper.data.lines).toHaveLength(2)
      expect((await s.asStore("get", "/store/trace/orders/order_nope/lots")).status).toBe(404)
      // The order id is the bearer, as for Medusa's own order route: but the store's key is still needed.
      expect((await s.asAdmin("get", `/store/trace/orders/${s.order_id}/lots`)).status).toBe(400)
    })

    it("refuses a lot of another variant, and changes nothing", async () => {
      expect((await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: soon.id, quantity: 1 }] }])).status).toBe(
        200
      )
      const before = await rows()
      const refused = await assign([
        {
          line_item_id: s.lines.small,
          lots: [
            { lot_id: late.id, quantity: 1 },
            { lot_id: otherVariant.id, quantity: 1 },
          ],
        },
      ])
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("MO-1L")
      expect(refused.data.message).toContain("another variant")
      expect(await rows()).toEqual(before)
    })

    it("refuses a sum above the line's quantity, an expired lot, a line of another order; nothing changes", async () => {
      expect((await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: late.id, quantity: 5 }] }])).status).toBe(
        200
      )
      const before = await rows()
      const above = await assign([
        {
          line_item_id: s.lines.small,
          lots: [
            { lot_id: soon.id, quantity: 3 },
            { lot_id: late.id, quantity: 3 },
          ],
        },
      ])
      expect(above.status).toBe(400)
      expect(above.data.message).toContain("vượt số lượng đã đặt 5")
      const old = await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: expired.id, quantity: 1 }] }])
      expect(old.status).toBe(400)
      expect(old.data.message).toContain("MO-OLD")
      const foreign = await assign([{ line_item_id: "ordli_nope", lots: [{ lot_id: late.id, quantity: 1 }] }])
      expect(foreign.status).toBe(400)
      expect(foreign.data.message).toContain("ordli_nope")
      expect((await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: late.id, quantity: 1.5 }] }])).status).toBe(
        400
      )
      expect(await rows()).toEqual(before)
    })

    it("re-assigning a line replaces its lots (the old rows kept, soft-deleted); other lines stay", async () => {
      await assign([
        {
          line_item_id: s.lines.small,
          lots: [
            { lot_id: soon.id, quantity: 2 },
            { lot_id: late.id, quantity: 3 },
          ],
        },
        { line_item_id: s.lines.large, lots: [{ lot_id: otherVariant.id, quantity: 1 }] },
      ])
      const again = await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: open.id, quantity: 5 }] }])
      expect(again.status).toBe(200)
      expect(lineOf(again.data, s.lines.small).allocations).toEqual([
        { lot_id: open.id, code: "MO-OPEN", quantity: 5, path: `/t/${open.short_code}` },
      ])
      expect(lineOf(again.data, s.lines.large).allocations).toMatchObject([{ lot_id: otherVariant.id, quantity: 1 }])
      const all = await rows()
      expect(all.filter((r) => r.live).map((r) => [r.lot_id, r.quantity])).toEqual(
        expect.arrayContaining([
          [open.id, 5],
          [otherVariant.id, 1],
        ])
      )
      expect(all.filter((r) => r.live)).toHaveLength(2)
      expect(
        all
          .filter((r) => !r.live)
          .map((r) => r.lot_id)
          .sort()
      ).toEqual([late.id, soon.id].sort())

      // The same lot again, after it was replaced, is a new live row (the unique pair holds among live rows only).
      expect((await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: soon.id, quantity: 1 }] }])).status).toBe(
        200
      )
      const cleared = await assign([{ line_item_id: s.lines.small, lots: [] }])
      expect(lineOf(cleared.data, s.lines.small).allocations).toEqual([])
    })

    it("when a later step fails, the replaced lots come back and the new ones go", async () => {
      await assign([{ line_item_id: s.lines.small, lots: [{ lot_id: soon.id, quantity: 2 }] }])
      const before = await rows()
      const run = failAfterReplace(getContainer()).run({
        input: {
          order_id: s.order_id,
          actor_id: null,
          lines: [
            { line_item_id: s.lines.small, variant_id: s.variants.small, lots: [{ lot_id: late.id, quantity: 4 }] },
          ],
        },
      })
      await expect(run).rejects.toThrow(/later step failed/)
      expect(await rows()).toEqual(before)
      const read = await s.asAdmin("get", route())
      expect(lineOf(read.data, s.lines.small).allocations).toMatchObject([{ lot_id: soon.id, quantity: 2 }])
    })

    it("a seller fulfilling its own order may only use its own lots", async () => {
      const run = assignOrderLotsWorkflow(getContainer()).run({
        input: {
          order_id: s.order_id,
          seller_id: "sel_someone_else",
          actor_id: null,
          lines: [{ line_item_id: s.lines.small, lots: [{ lot_id: soon.id, quantity: 1 }] }],
        },
        throwOnError: true,
      })
      await expect(run).rejects.toThrow(/not found/)
      const own = await assignOrderLotsWorkflow(getContainer()).run({
        input: {
          order_id: s.order_id,
          seller_id: s.seller_id,
          actor_id: null,
          lines: [{ line_item_id: s.lines.small, lots: [{ lot_id: soon.id, quantity: 1 }] }],
        },
      })
      expect(own.result.allocations).toHaveLength(1)
      expect((await rows()).filter((r) => r.live)).toHaveLength(1)
    })
  },
})
