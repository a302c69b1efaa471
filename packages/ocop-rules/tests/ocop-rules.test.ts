import { describe, expect, it } from "vitest"
import { certificateProblems, isValidOn, starsForScore, validUntil, vietnamToday } from "../index.mjs"

const TODAY = "2026-12-04"
const good = {
  stars: 4,
  score: 78,
  group: "thuc-pham",
  authority_level: "provincial",
  decision_date: "2025-09-10",
  decision_number: "1234/QĐ-UBND",
  authority_name: "UBND tỉnh Cà Mau",
}
const codes = (over: Partial<typeof good>) => certificateProblems({ ...good, ...over }, TODAY).map((p) => p.code)

describe("OCOP certificate rules (Decision 148)", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.5, 4],
    [70, 4],
    [69.99, 3],
    [50, 3],
    [49.9, null],
    [-1, null],
    [101, null],
  ])("score %d → %s stars", (score, stars) => expect(starsForScore(score)).toBe(stars))

  it.each([
    ["2024-03-15", "2027-03-14"],
    ["2024-01-01", "2026-12-31"],
    ["2024-02-29", "2027-02-27"],
    ["2023-08-31", "2026-08-30"],
  ])("issued %s → valid through %s (36 months)", (issued, until) => expect(validUntil(issued)).toBe(until))

  it("a sound provincial 4★ has no problems", () => expect(codes({})).toEqual([]))

  it.each<[string, Partial<typeof good>, string]>([
    ["4★ with 95 points", { score: 95 }, "ocop_score_band"],
    ["3★ with 45 points", { stars: 3, score: 45 }, "ocop_score_band"],
    ["5★ from a province", { stars: 5, score: 93 }, "ocop_five_central"],
    ["4★ from the centre", { authority_level: "central" }, "ocop_central_five"],
    ["4★ from a district", { authority_level: "district" }, "ocop_district_three"],
    [
      "3★ from a district after 1 July 2025",
      { stars: 3, score: 60, authority_level: "district" },
      "ocop_district_ended",
    ],
    ["2★", { stars: 2, score: 40 }, "ocop_stars"],
    ["unknown group", { group: "xe-may" }, "ocop_group"],
    ["31 February", { decision_date: "2025-02-31" }, "ocop_decision_date"],
    ["a date in the future", { decision_date: "2027-01-01" }, "ocop_decision_future"],
    ["issued more than 36 months ago", { decision_date: "2023-12-03" }, "ocop_already_expired"],
    ["no decision number", { decision_number: "  " }, "ocop_decision_number"],
  ])("%s is refused", (_name, over, code) => expect(codes(over)).toContain(code))

  it("a district 3★ issued before 1 July 2025 is still accepted", () => {
    expect(codes({ stars: 3, score: 61, authority_level: "district", decision_date: "2025-06-30" })).toEqual([])
  })

  it("every problem says in Vietnamese what to fix", () => {
    for (const problem of certificateProblems({ ...good, score: 95 }, TODAY)) {
      expect(problem.message).toMatch(/sao|điểm/)
    }
  })

  it("valid through its last day in Vietnam, not the day after", () => {
    expect(isValidOn({ status: "approved", valid_until: "2026-12-04" }, TODAY)).toBe(true)
    expect(isValidOn({ status: "approved", valid_until: "2026-12-03" }, TODAY)).toBe(false)
    expect(isValidOn({ status: "submitted", valid_until: "2027-12-03" }, TODAY)).toBe(false)
    // 17:30 UTC on 3 December is 00:30 on 4 December in Vietnam.
    expect(vietnamToday(new Date("2026-12-03T17:30:00Z"))).toBe("2026-12-04")
  })
})
