import { A4_MM, LABEL_COUNT_MAX, LABEL_SIZES } from "@choso/trace-rules"
import jsQR from "jsqr"
import { describe, expect, it } from "vitest"
import { labelQrSymbol, QUIET_ZONE } from "~/lib/label-qr.server"
import { LABEL_SIZE_NAMES, labelSheetCss, labelSheets, labelsPerSheet, parseLabelCount } from "~/lib/label-sheet"

describe("label sheets", () => {
  it("fills an A4 sheet row by row from the margins, columns × rows labels per sheet", () => {
    const spec = LABEL_SIZES.medium
    const [sheet, ...rest] = labelSheets("medium", spec.columns * spec.rows)
    expect(rest).toHaveLength(0)
    expect(sheet).toHaveLength(21)
    expect(sheet?.[0]).toMatchObject({ slot: 0, column: 0, row: 0, leftMm: spec.marginLeftMm, topMm: spec.marginTopMm })
    expect(sheet?.[1]).toMatchObject({
      column: 1,
      row: 0,
      leftMm: Math.round((spec.marginLeftMm + spec.widthMm + spec.gapXmm) * 100) / 100,
    })
    const last = sheet?.[20]
    expect(last).toMatchObject({ slot: 20, column: spec.columns - 1, row: spec.rows - 1 })
    expect(last?.topMm).toBeCloseTo(spec.marginTopMm + (spec.rows - 1) * (spec.heightMm + spec.gapYmm), 2)
  })

  it("starts a new sheet after every columns × rows labels", () => {
    const sheets = labelSheets("medium", 22)
    expect(sheets.map((s) => s.length)).toEqual([21, 1])
    expect(sheets[1]?.[0]).toMatchObject({ index: 21, slot: 0, column: 0, row: 0 })
    expect(labelSheets("small", LABEL_COUNT_MAX)).toHaveLength(LABEL_COUNT_MAX / labelsPerSheet("small"))
    expect(labelSheets("large", 9).map((s) => s.length)).toEqual([8, 1])
    expect(labelSheets("small", 0)).toEqual([])
  })

  it("keeps every label of every size on the paper without overlapping its neighbours", () => {
    for (const size of LABEL_SIZE_NAMES) {
      const spec = LABEL_SIZES[size]
      const [sheet] = labelSheets(size, labelsPerSheet(size))
      for (const slot of sheet ?? []) {
        expect(slot.leftMm).toBeGreaterThanOrEqual(0)
        expect(slot.topMm).toBeGreaterThanOrEqual(0)
        expect(slot.leftMm + spec.widthMm).toBeLessThanOrEqual(A4_MM.width + 0.01)
        expect(slot.topMm + spec.heightMm).toBeLessThanOrEqual(A4_MM.height + 0.01)
        const right = sheet?.[slot.slot + 1]
        if (right && right.row === slot.row)
          expect(right.leftMm).toBeGreaterThanOrEqual(slot.leftMm + spec.widthMm - 0.01)
      }
    }
  })

  it("writes the positions into a stylesheet for A4 with no page margin", () => {
    const css = labelSheetCss()
    expect(css).toContain("@page { size: A4; margin: 0; }")
    const spec = LABEL_SIZES.small
    expect(css).toContain(`.label-small { position: absolute; width: ${spec.widthMm}mm; height: ${spec.heightMm}mm; }`)
    const last = labelSheets("small", 65)[0]?.[64]
    expect(css).toContain(`.label-small.slot-64 { left: ${last?.leftMm}mm; top: ${last?.topMm}mm; }`)
    expect(css).not.toContain(".label-small.slot-65 ")
    expect(css.match(/\.slot-\d+ /g)).toHaveLength(LABEL_SIZE_NAMES.reduce((n, s) => n + labelsPerSheet(s), 0))
  })

  it("takes a count from 1 to LABEL_COUNT_MAX", () => {
    expect(parseLabelCount("21")).toBe(21)
    expect(parseLabelCount(" 650 ")).toBe(650)
    expect(parseLabelCount(null)).toBeNull()
    expect(parseLabelCount("")).toBeNull()
    for (const bad of ["0", "651", "2.5", "-1", "abc", "99999"]) expect(parseLabelCount(bad)).toBe("invalid")
  })
})

describe("the labels' QR code", () => {
  /** The symbol's path painted black on white, `scale` pixels per module, as RGBA. */
  function raster(symbol: { size: number; path: string }, scale = 4): { data: Uint8ClampedArray; width: number } {
    const width = symbol.size * scale
    const data = new Uint8ClampedArray(width * width * 4).fill(255)
    for (const [, x, y, n] of symbol.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let dx = 0; dx < Number(n) * scale; dx++) {
        for (let dy = 0; dy < scale; dy++) {
          const offset = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4
          data[offset] = data[offset + 1] = data[offset + 2] = 0
        }
      }
    }
    return { data, width }
  }

  it("encodes the URI with a 4-module quiet zone (decoded back)", () => {
    const uri = "https://choso.vn/01/08934567890128/10/L260605?17=261231"
    const symbol = labelQrSymbol(uri)
    const { data, width } = raster(symbol)
    expect(jsQR(data, width, width)?.data).toBe(uri)
    // Nothing is drawn in the quiet zone.
    for (const [, x, y, n] of symbol.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(Number(x) + Number(n)).toBeLessThanOrEqual(symbol.size - QUIET_ZONE)
    }
  })
})
