import { describe, expect, it } from "vitest"
import {
  type AllocationLine,
  type AllocationLot,
  allocationProblems,
  fefoCompare,
  isExpired,
  orderLotsView,
  remainingUnits,
  suggestAllocation,
  tracePathOf,
} from "../src/lib/allocation"
import { vietnamDay } from "../src/lib/dates"

const TODAY = "2026-12-05"
const lot = (id: string, over: Partial<AllocationLot> = {}): AllocationLot => ({
  id,
  seller_id: "sel_1",
  variant_id: "variant_honey",
  code: id.toUpperCase(),
  gtin: null,
  short_code: "7K2QABC",
  produced_on: "2026-10-01",
  expires_on: "2027-10-01",
  quantity: 100,
  unit: "chai",
  ...over,
})
const line = (over: Partial<AllocationLine> = {}): AllocationLine => ({
  id: "ordli_1",
  title: "Mật ong rừng tràm",
  variant_title: "500 ml",
  variant_id: "variant_honey",
  quantity: 5,
  ...over,
})

describe("vietnamDay and isExpired", () => {
  it("counts days in Vietnam time: 17:00 UTC is already the next day", () => {
    expect(vietnamDay(new Date("2026-12-04T16:59:59Z"))).toBe("2026-12-04")
    expect(vietnamDay(new Date("2026-12-04T17:00:00Z"))).toBe("2026-12-05")
  })
  it("a lot is still good on its expiry day, expired the day after; no date never expires", () => {
    expect(isExpired({ expires_on: TODAY }, TODAY)).toBe(false)
    expect(isExpired({ expires_on: "2026-12-04" }, TODAY)).toBe(true)
    expect(isExpired({ expires_on: null }, TODAY)).toBe(false)
  })
})

describe("FEFO order", () => {
  it("earliest expiry first, lots without expiry last, then oldest production, then code", () => {
    const lots = [
      lot("none", { expires_on: null, produced_on: "2026-01-01" }),
      lot("late", { expires_on: "2027-06-01" }),
      lot("b", { expires_on: "2027-01-01", produced_on: "2026-09-01" }),
      lot("early", { expires_on: "2026-12-31" }),
      lot("a", { expires_on: "2027-01-01", produced_on: "2026-09-01" }),
      lot("old", { expires_on: "2027-01-01", produced_on: "2026-08-01" }),
    ]
    expect(lots.sort(fefoCompare).map((l) => l.id)).toEqual(["early", "old", "a", "b", "late", "none"])
  })
})

describe("suggestAllocation", () => {
  it("fills the line from the earliest-expiring lot, then the next, each up to what it has left", () => {
    const lots = [lot("later", { expires_on: "2027-03-01" }), lot("sooner", { expires_on: "2027-01-01", quantity: 10 })]
    expect(suggestAllocation(12, lots, { sooner: 7 })).toEqual([
      { lot_id: "sooner", quantity: 3 },
      { lot_id: "later", quantity: 9 },
    ])
  })
  it("a weighed lot (kg) is not counted in line units: it takes the rest", () => {
    const lots = [lot("kg", { unit: "kg", quantity: 2, expires_on: "2027-01-01" }), lot("later")]
    expect(suggestAllocation(30, lots, { kg: 500 })).toEqual([{ lot_id: "kg", quantity: 30 }])
  })
  it("skips exhausted lots and falls short when every lot is used up", () => {
    const lots = [lot("used", { quantity: 5, expires_on: "2027-01-01" }), lot("small", { quantity: 2 })]
    expect(suggestAllocation(4, lots, { used: 5 })).toEqual([{ lot_id: "small", quantity: 2 }])
    expect(suggestAllocation(4, [], {})).toEqual([])
  })
  it("remainingUnits never goes below zero and ignores fractions of a piece", () => {
    expect(remainingUnits({ quantity: 10.5, unit: "hop" }, 3)).toBe(7)
    expect(remainingUnits({ quantity: 3, unit: "goi" }, 9)).toBe(0)
    expect(remainingUnits({ quantity: 3, unit: "l" }, 9)).toBeNull()
  })
})

describe("tracePathOf", () => {
  it("a lot with a GTIN links to its Digital Link (with its expiry), one without to its short link", () => {
    expect(
      tracePathOf({ gtin: "02026120000018", code: "MO-2026-01", short_code: "7K2QABC", expires_on: "2027-01-31" })
    ).toBe("/01/02026120000018/10/MO-2026-01?17=270131")
    expect(tracePathOf({ gtin: null, code: "MO-2026-01", short_code: "7K2QABC", expires_on: null })).toBe("/t/7K2QABC")
  })
})

describe("allocationProblems", () => {
  const lines = [
    line(),
    line({ id: "ordli_2", title: "Tôm khô", variant_title: null, variant_id: "variant_shrimp", quantity: 2 }),
  ]
  const lots = [
    lot("lot_a"),
    lot("lot_b", { expires_on: "2027-02-01" }),
    lot("lot_shrimp", { variant_id: "variant_shrimp" }),
    lot("lot_old", { expires_on: "2026-12-01" }),
  ]
  const codes = (request: Parameters<typeof allocationProblems>[0]) =>
    allocationProblems(request, lines, lots, TODAY).map((p) => [p.code, p.line_item_id, p.lot_id])

  it("accepts two lots whose quantities add up to the line's, or less, or none (clears the line)", () => {
    expect(
      codes([
        {
          line_item_id: "ordli_1",
          lots: [
            { lot_id: "lot_a", quantity: 3 },
            { lot_id: "lot_b", quantity: 2 },
          ],
        },
        { line_item_id: "ordli_2", lots: [{ lot_id: "lot_shrimp", quantity: 1 }] },
      ])
    ).toEqual([])
    expect(codes([{ line_item_id: "ordli_1", lots: [] }])).toEqual([])
  })

  it("refuses a lot of another variant, naming the lot and the line in Vietnamese with English in brackets", () => {
    const problems = allocationProblems(
      [{ line_item_id: "ordli_1", lots: [{ lot_id: "lot_shrimp", quantity: 1 }] }],
      lines,
      lots,
      TODAY
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: "lot_of_other_variant", line_item_id: "ordli_1", lot_id: "lot_shrimp" })
    expect(problems[0].message).toContain("LOT_SHRIMP")
    expect(problems[0].message).toContain("«Mật ong rừng tràm — 500 ml»")
    expect(problems[0].message).toMatch(/\(lot LOT_SHRIMP is of another variant than line ordli_1\)\.$/)
  })

  it("refuses a sum above the line's quantity", () => {
    expect(
      codes([
        {
          line_item_id: "ordli_1",
          lots: [
            { lot_id: "lot_a", quantity: 4 },
            { lot_id: "lot_b", quantity: 2 },
          ],
        },
      ])
    ).toEqual([["quantity_above_line", "ordli_1", null]])
  })

  it("a line whose quantity could not be read accepts nothing", () => {
    const unreadable = line({ quantity: Number.NaN })
    const problems = allocationProblems(
      [{ line_item_id: "ordli_1", lots: [{ lot_id: "lot_a", quantity: 1 }] }],
      [unreadable],
      lots,
      TODAY
    )
    expect(problems.map((p) => p.code)).toEqual(["quantity_above_line"])
  })

  it("refuses zero, negative and fractional quantities", () => {
    expect(
      codes([
        {
          line_item_id: "ordli_1",
          lots: [
            { lot_id: "lot_a", quantity: 0 },
            { lot_id: "lot_b", quantity: 1.5 },
          ],
        },
        { line_item_id: "ordli_2", lots: [{ lot_id: "lot_shrimp", quantity: -1 }] },
      ])
    ).toEqual([
      ["quantity_not_positive_integer", "ordli_1", "lot_a"],
      ["quantity_not_positive_integer", "ordli_1", "lot_b"],
      ["quantity_not_positive_integer", "ordli_2", "lot_shrimp"],
    ])
  })

  it("refuses a line of another order, a line sent twice, an unknown (or foreign) lot, a lot listed twice, an expired lot", () => {
    expect(
      codes([
        { line_item_id: "ordli_other", lots: [{ lot_id: "lot_a", quantity: 1 }] },
        {
          line_item_id: "ordli_1",
          lots: [
            { lot_id: "lot_a", quantity: 1 },
            { lot_id: "lot_a", quantity: 1 },
            { lot_id: "lot_nope", quantity: 1 },
            { lot_id: "lot_old", quantity: 1 },
          ],
        },
        { line_item_id: "ordli_1", lots: [] },
      ])
    ).toEqual([
      ["line_not_in_order", "ordli_other", null],
      ["lot_repeated", "ordli_1", "lot_a"],
      ["lot_not_found", "ordli_1", "lot_nope"],
      ["lot_expired", "ordli_1", "lot_old"],
      ["line_repeated", "ordli_1", null],
    ])
  })

  it("refuses lots on a line whose product was deleted (no variant)", () => {
    const orphan = line({ id: "ordli_3", variant_id: null })
    const problems = allocationProblems(
      [{ line_item_id: "ordli_3", lots: [{ lot_id: "lot_a", quantity: 1 }] }],
      [orphan],
      lots,
      TODAY
    )
    expect(problems.map((p) => p.code)).toEqual(["line_without_variant"])
  })
})

describe("orderLotsView", () => {
  it("lists each line's allocations, its unexpired candidates FEFO with what is allocated, and the suggestion", () => {
    const view = orderLotsView({
      lines: [line({ quantity: 4 })],
      lots: [
        lot("lot_late", { expires_on: "2027-06-01", gtin: "02026120000018" }),
        lot("lot_soon", { expires_on: "2027-01-01", quantity: 3, short_code: "ABCDEFG" }),
        lot("lot_expired", { expires_on: "2026-11-30" }),
        lot("lot_shrimp", { variant_id: "variant_shrimp" }),
      ],
      allocations: [{ lot_id: "lot_expired", line_item_id: "ordli_1", quantity: 1 }],
      allocatedByLot: { lot_expired: 1, lot_soon: 1 },
      today: TODAY,
    })
    expect(view).toHaveLength(1)
    const [only] = view
    expect(only).toMatchObject({
      line_item_id: "ordli_1",
      title: "Mật ong rừng tràm",
      variant_title: "500 ml",
      quantity: 4,
      allocations: [{ lot_id: "lot_expired", code: "LOT_EXPIRED", quantity: 1, path: "/t/7K2QABC" }],
    })
    expect(only.candidates.map((c) => [c.lot_id, c.allocated, c.path])).toEqual([
      ["lot_soon", 1, "/t/ABCDEFG"],
      ["lot_late", 0, "/01/02026120000018/10/LOT_LATE?17=270601"],
    ])
    expect(only.suggestion).toEqual([
      { lot_id: "lot_soon", quantity: 2 },
      { lot_id: "lot_late", quantity: 2 },
    ])
  })

  it("a line's own allocation of a lot does not count against its suggestion", () => {
    const [view] = orderLotsView({
      lines: [line({ quantity: 3 })],
      lots: [lot("lot_soon", { quantity: 3, expires_on: "2027-01-01" }), lot("lot_late")],
      allocations: [{ lot_id: "lot_soon", line_item_id: "ordli_1", quantity: 3 }],
      allocatedByLot: { lot_soon: 3 },
      today: TODAY,
    })
    expect(view.suggestion).toEqual([{ lot_id: "lot_soon", quantity: 3 }])
  })
})
