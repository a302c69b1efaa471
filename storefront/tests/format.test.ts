import { describe, expect, it } from "vitest"
import { formatVnd, starString } from "~/lib/format"
import { nbsp } from "./helpers"

describe("formatVnd", () => {
  it("formats integer đồng with dots and the ₫ sign after a no-break space", () => {
    expect(formatVnd(150000)).toBe("150.000\u00a0₫")
    expect(nbsp(formatVnd(150000))).toBe("150.000 ₫")
  })

  it("handles large, small and zero amounts without decimals", () => {
    expect(nbsp(formatVnd(1234567))).toBe("1.234.567 ₫")
    expect(nbsp(formatVnd(500))).toBe("500 ₫")
    expect(nbsp(formatVnd(0))).toBe("0 ₫")
    expect(nbsp(formatVnd(20000.4))).toBe("20.000 ₫")
  })

  it("shows a dash when there is no price", () => {
    expect(formatVnd(null)).toBe("—")
    expect(formatVnd(undefined)).toBe("—")
    expect(formatVnd(Number.NaN)).toBe("—")
  })
})

describe("starString", () => {
  it("draws OCOP stars, clamped to 0–5", () => {
    expect(starString(4)).toBe("★★★★")
    expect(starString(3)).toBe("★★★")
    expect(starString(9)).toBe("★★★★★")
    expect(starString(-1)).toBe("")
  })
})
