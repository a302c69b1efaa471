import { describe, expect, it } from "vitest"
import {
  gtinCheckDigit,
  isGs1VietnamPrefix,
  isRestrictedCirculation,
  isValidGtin,
  isValidLotCode,
  LOT_CODE_MAX,
  LOT_UNITS,
  randomShortCode,
  SHORT_CODE_PATTERN,
  toGtin14,
  unitOfUom,
  uomOfUnit,
} from "../index.mjs"

describe("GTIN check digits (GS1 General Specifications §7.9)", () => {
  // Published examples: EAN-13 and UPC-A and EAN-8 from their standards' worked examples, GS1's
  // check-digit page (629104150021 → 3), GS1's Digital Link examples (09506000134352) and the
  // GS1 US GTIN-14 example (10614141000415).
  it.each([
    ["4006381333931", 1],
    ["036000291452", 2],
    ["96385074", 4],
    ["6291041500213", 3],
    ["09506000134352", 2],
    ["10614141000415", 5],
  ])("%s is valid with check digit %i", (gtin, check) => {
    expect(gtinCheckDigit(gtin.slice(0, -1))).toBe(check)
    expect(isValidGtin(gtin)).toBe(true)
  })

  it.each(["4006381333932", "036000291453", "96385075", "09506000134353", "10614141000410"])(
    "%s has a wrong check digit",
    (gtin) => expect(isValidGtin(gtin)).toBe(false)
  )

  it.each([
    ["a string of 9, 10, 11 or 15 digits", "123456784"],
    ["10 digits", "1234567895"],
    ["15 digits", "109506000134352"],
    ["letters", "40063813339X1"],
    ["spaces", "4006381 333931"],
    ["empty", ""],
    ["a number", 4006381333931],
    ["null", null],
  ])("%s is not a GTIN", (_, value) => expect(isValidGtin(value)).toBe(false))

  it("gtinCheckDigit refuses what are not digits", () => {
    expect(() => gtinCheckDigit("12a")).toThrow(RangeError)
    expect(() => gtinCheckDigit("")).toThrow(RangeError)
  })

  it("toGtin14 left-pads a valid GTIN and refuses an invalid one", () => {
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("036000291452")).toBe("00036000291452")
    expect(toGtin14("4006381333931")).toBe("04006381333931")
    expect(toGtin14("10614141000415")).toBe("10614141000415")
    expect(isValidGtin(toGtin14("036000291452"))).toBe(true)
    expect(() => toGtin14("4006381333932")).toThrow(RangeError)
  })

  it("restricted-circulation prefixes 02 and 20–29 are demo numbers; 893 is GS1 Vietnam's", () => {
    const withCheck = (digits: string) => digits + gtinCheckDigit(digits)
    const restricted = ["020000000001", "200000000001", "212345678901", "290000000001"].map(withCheck)
    for (const gtin of restricted) {
      expect(isRestrictedCirculation(gtin)).toBe(true)
      expect(isRestrictedCirculation(toGtin14(gtin))).toBe(true)
      expect(isGs1VietnamPrefix(gtin)).toBe(false)
    }
    // A number under GS1 Vietnam's prefix (check digit computed here: only the prefix is tested).
    const vietnam = withCheck("893000000001")
    expect(isGs1VietnamPrefix(toGtin14(vietnam))).toBe(true)
    expect(isRestrictedCirculation(vietnam)).toBe(false)
    for (const gtin of ["4006381333931", "09506000134352", withCheck("300000000001"), withCheck("019000000001")]) {
      expect(isRestrictedCirculation(gtin)).toBe(false)
      expect(isGs1VietnamPrefix(gtin)).toBe(false)
    }
    // A GTIN-14 keeps its GTIN-13's prefix after the indicator digit.
    expect(isGs1VietnamPrefix(`1${vietnam.slice(0, -1)}${gtinCheckDigit(`1${vietnam.slice(0, -1)}`)}`)).toBe(true)
    expect(isRestrictedCirculation("not a gtin")).toBe(false)
  })
})

describe("lots, units and short codes", () => {
  it("lot codes are 1–20 of A–Z a–z 0–9 . _ -", () => {
    expect(LOT_CODE_MAX).toBe(20)
    for (const ok of ["A", "CF-2025.03", "lo_01", "x".repeat(20)]) expect(isValidLotCode(ok)).toBe(true)
    for (const bad of ["", "x".repeat(21), "LÔ-1", "A B", "A/B", 12, null]) expect(isValidLotCode(bad)).toBe(false)
  })

  it("measured units have UN/CEFACT codes; counted ones have none", () => {
    expect(LOT_UNITS).toEqual(["kg", "g", "l", "ml", "chai", "hop", "goi", "cai", "con", "bo"])
    expect(LOT_UNITS.map(uomOfUnit)).toEqual(["KGM", "GRM", "LTR", "MLT", ...Array(6).fill(undefined)])
    expect(uomOfUnit("toString")).toBeUndefined()
  })

  it("reads a UN/CEFACT code back as the lot unit it stands for", () => {
    expect(["KGM", "GRM", "LTR", "MLT"].map(unitOfUom)).toEqual(["kg", "g", "l", "ml"])
    for (const other of ["H87", "kg", "", null, undefined]) expect(unitOfUom(other)).toBeUndefined()
  })

  it("short codes are 7 Crockford base-32 characters, without I, L, O or U", () => {
    for (const bad of ["7K3M9QI", "7K3M9QL", "7K3M9QO", "7K3M9QU", "7k3m9qx", "7K3M9Q", "7K3M9QXX"]) {
      expect(SHORT_CODE_PATTERN.test(bad)).toBe(false)
    }
    const seen = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const code = randomShortCode()
      expect(code).toMatch(SHORT_CODE_PATTERN)
      for (const c of code) seen.add(c)
    }
    // 2,100 draws over 32 symbols: every one of them shows up.
    expect(seen.size).toBe(32)
  })
})
