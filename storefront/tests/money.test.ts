import { describe, expect, it } from "vitest"
import { formatVndInput, MAX_PRICE, parseCountInput, parseVndInput } from "~/lib/money"

describe("parseVndInput (a price as a seller types it)", () => {
  it("reads Vietnamese thousands groups, spaces, a currency sign and 'k'", () => {
    expect(parseVndInput("120.000")).toBe(120_000)
    expect(parseVndInput("1.250.000")).toBe(1_250_000)
    expect(parseVndInput("120000")).toBe(120_000)
    expect(parseVndInput(" 120 000 ")).toBe(120_000)
    expect(parseVndInput("120\u00a0000")).toBe(120_000)
    expect(parseVndInput("120,000")).toBe(120_000)
    expect(parseVndInput("120.000 ₫")).toBe(120_000)
    expect(parseVndInput("120.000đ")).toBe(120_000)
    expect(parseVndInput("120000 VNĐ")).toBe(120_000)
    expect(parseVndInput("85k")).toBe(85_000)
    expect(parseVndInput("85 K")).toBe(85_000)
  })

  it("refuses what is not a whole, positive number of đồng", () => {
    for (const bad of [
      "",
      "  ",
      "0",
      "-5000",
      "120.5",
      "120,50",
      "1.20.000",
      "12.0000",
      "1.000,5",
      "abc",
      "1e6",
      "0x10",
    ]) {
      expect(parseVndInput(bad), bad).toBeNull()
    }
    expect(parseVndInput(String(MAX_PRICE))).toBe(MAX_PRICE)
    expect(parseVndInput(String(MAX_PRICE + 1))).toBeNull()
    expect(parseVndInput(null)).toBeNull()
    expect(parseVndInput(120000)).toBeNull()
  })

  it("mixes no separators within one number", () => {
    expect(parseVndInput("1.250,000")).toBeNull()
    expect(parseVndInput("1 250.000")).toBeNull()
  })
})

describe("parseCountInput (stock)", () => {
  it("accepts 0 and grouped thousands, refuses the rest", () => {
    expect(parseCountInput("0")).toBe(0)
    expect(parseCountInput("25")).toBe(25)
    expect(parseCountInput("1.000")).toBe(1000)
    expect(parseCountInput("")).toBeNull()
    expect(parseCountInput("-1")).toBeNull()
    expect(parseCountInput("2.5")).toBeNull()
    expect(parseCountInput("3k")).toBeNull()
    expect(parseCountInput("10000000")).toBeNull()
  })
})

describe("formatVndInput", () => {
  it("puts an amount back into the input with dots, and round-trips", () => {
    expect(formatVndInput(120_000)).toBe("120.000")
    expect(formatVndInput(1_250_000)).toBe("1.250.000")
    expect(formatVndInput(999)).toBe("999")
    expect(formatVndInput(null)).toBe("")
    for (const amount of [1, 1000, 45_500, 120_000, 9_999_999]) {
      expect(parseVndInput(formatVndInput(amount))).toBe(amount)
    }
  })
})
