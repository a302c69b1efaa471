import { describe, expect, it } from "vitest"
import {
  A4_MM,
  CHOSO_EPCIS_NAMESPACE,
  CHOSO_ID_BASE,
  digitalLinkPath,
  LABEL_COUNT_MAX,
  LABEL_SIZES,
  type LabelSize,
  lotEpcClass,
  parseDigitalLinkPath,
  shortTracePath,
  traceUriOf,
  VIETNAM_TZ_OFFSET,
  wardLocationId,
} from "../index.mjs"

describe("A4 label sheets", () => {
  it.each([
    ["small", 5, 13, 38.1, 21.2],
    ["medium", 3, 7, 63.5, 38.1],
    ["large", 2, 4, 99.1, 67.7],
  ] as const)("%s: %i × %i labels of %f × %f mm fill an A4 sheet exactly", (size, columns, rows, w, h) => {
    const s = LABEL_SIZES[size]
    expect(s).toMatchObject({ columns, rows, widthMm: w, heightMm: h })
    const across = 2 * s.marginLeftMm + s.columns * s.widthMm + (s.columns - 1) * s.gapXmm
    const down = 2 * s.marginTopMm + s.rows * s.heightMm + (s.rows - 1) * s.gapYmm
    expect(across).toBeCloseTo(A4_MM.width, 6)
    expect(down).toBeCloseTo(A4_MM.height, 6)
    expect(Math.min(s.marginLeftMm, s.marginTopMm, s.gapXmm, s.gapYmm)).toBeGreaterThanOrEqual(0)
    // Printers cannot print to the edge: at least 4 mm of margin.
    expect(Math.min(s.marginLeftMm, s.marginTopMm)).toBeGreaterThanOrEqual(4)
  })

  it("the small label carries the short link; at most ten sheets of it per print", () => {
    expect(LABEL_SIZES.small.link).toBe("short")
    expect(LABEL_SIZES.medium.link).toBe("digital_link")
    expect(LABEL_SIZES.large.link).toBe("digital_link")
    expect(LABEL_COUNT_MAX).toBe(10 * LABEL_SIZES.small.columns * LABEL_SIZES.small.rows)
  })
})

describe("GS1 Digital Link paths", () => {
  it("writes /01/{GTIN-14}/10/{lot} with the lot percent-encoded and ?17=YYMMDD", () => {
    expect(digitalLinkPath("4006381333931", "CF-2025.03")).toBe("/01/04006381333931/10/CF-2025.03")
    expect(digitalLinkPath("04006381333931", "AB/1 ü", "2026-03-31")).toBe(
      "/01/04006381333931/10/AB%2F1%20%C3%BC?17=260331"
    )
    expect(digitalLinkPath("96385074", "L1", null)).toBe("/01/00000096385074/10/L1")
    expect(() => digitalLinkPath("4006381333932", "L1")).toThrow(RangeError)
    expect(() => digitalLinkPath("4006381333931", "")).toThrow(RangeError)
    expect(() => digitalLinkPath("4006381333931", "x".repeat(21))).toThrow(RangeError)
    expect(() => digitalLinkPath("4006381333931", "L1", "2026-02-30")).toThrow(RangeError)
    expect(() => digitalLinkPath("4006381333931", "L1", "31/03/2026")).toThrow(RangeError)
  })

  it.each([
    ["CF-2025.03", undefined],
    ["AB/1 ü", "2026-03-31"],
    ["50% đợt#2?", "2030-12-01"],
  ])("reads back its own path (lot %s)", (lot, expires) => {
    const path = digitalLinkPath("4006381333931", lot, expires)
    expect(parseDigitalLinkPath(path)).toEqual({ gtin: "04006381333931", lot })
    expect(parseDigitalLinkPath(`${path.replace(/\?.*$/, "")}/21/SER%2F01`)).toEqual({ gtin: "04006381333931", lot })
  })

  it("accepts a /21/ serial, a trailing slash, a query, a fragment and shorter GTINs; refuses the rest", () => {
    const lot = { gtin: "04006381333931", lot: "L1" }
    expect(parseDigitalLinkPath("/01/04006381333931/10/L1/21/12345")).toEqual(lot)
    expect(parseDigitalLinkPath("/01/04006381333931/10/L1/")).toEqual(lot)
    expect(parseDigitalLinkPath("/01/04006381333931/10/L1?17=260331#x")).toEqual(lot)
    expect(parseDigitalLinkPath("/01/4006381333931/10/L1")).toEqual(lot)
    expect(parseDigitalLinkPath("/01/036000291452/10/L1")).toEqual({ gtin: "00036000291452", lot: "L1" })
    for (const bad of [
      "/01/04006381333932/10/L1",
      "/01/04006381333931",
      "/01/04006381333931/10/",
      "/01/0400638133393/10/L1",
      "/01/abc/10/L1",
      "/01/04006381333931/10/L1/21/",
      "/01/04006381333931/10/L1/22/x",
      `/01/04006381333931/10/${"x".repeat(21)}`,
      "/01/04006381333931/10/%E0%A4%A",
      "/01/04006381333931/10/a%0Ab",
      "/t/7K3M9QX",
      "",
    ]) {
      expect(parseDigitalLinkPath(bad)).toBeNull()
    }
  })

  it("short links are /t/{code}", () => {
    expect(shortTracePath("7K3M9QX")).toBe("/t/7K3M9QX")
    expect(() => shortTracePath("7K3M9QI")).toThrow(RangeError)
  })

  const withGtin = { gtin: "04006381333931", code: "CF-2025.03", short_code: "7K3M9QX", expires_on: "2026-03-31" }
  const withoutGtin = { ...withGtin, gtin: null }

  it.each([
    [withGtin, undefined, "https://choso.vn/01/04006381333931/10/CF-2025.03?17=260331"],
    [withGtin, "large", "https://choso.vn/01/04006381333931/10/CF-2025.03?17=260331"],
    [withGtin, "medium", "https://choso.vn/01/04006381333931/10/CF-2025.03?17=260331"],
    [withGtin, "small", "https://choso.vn/t/7K3M9QX"],
    [withoutGtin, "large", "https://choso.vn/t/7K3M9QX"],
    [withoutGtin, undefined, "https://choso.vn/t/7K3M9QX"],
    [{ ...withGtin, expires_on: null }, "medium", "https://choso.vn/01/04006381333931/10/CF-2025.03"],
  ] as const)("traceUriOf(%o, %s)", (lot, size, uri) => {
    expect(traceUriOf("https://choso.vn/", lot, size as LabelSize | undefined)).toBe(uri)
    expect(traceUriOf("https://choso.vn", lot, size as LabelSize | undefined)).toBe(uri)
  })
})

describe("identifiers", () => {
  it("a lot's EPC class is GS1's canonical Digital Link URI, or its short link", () => {
    expect(lotEpcClass({ gtin: "4006381333931", code: "CF-2025.03", short_code: "7K3M9QX" })).toBe(
      "https://id.gs1.org/01/04006381333931/10/CF-2025.03"
    )
    expect(lotEpcClass({ gtin: null, code: "CF-2025.03", short_code: "7K3M9QX" })).toBe("https://choso.vn/t/7K3M9QX")
  })

  it("places and the namespace live under choso.vn; Vietnam is UTC+7", () => {
    expect(CHOSO_ID_BASE).toBe("https://choso.vn")
    expect(wardLocationId("26734")).toBe("https://choso.vn/dia-danh/26734")
    expect(() => wardLocationId("26 734")).toThrow(RangeError)
    expect(CHOSO_EPCIS_NAMESPACE).toBe("https://choso.vn/ns/epcis#")
    expect(VIETNAM_TZ_OFFSET).toBe("+07:00")
  })
})
