import { describe, expect, it } from "vitest"
import { formatCountdown, msUntil } from "~/lib/stall-feed"
import {
  amountOf,
  amountProblem,
  digitsFromInput,
  formatDong,
  groupDigits,
  isKeypadKey,
  type KeypadKey,
  MAX_AMOUNT,
  pressKey,
} from "~/lib/stall-keypad"
import { nbsp } from "./helpers"

function type(...keys: KeypadKey[]): string {
  return keys.reduce(pressKey, "")
}

describe("the amount keypad", () => {
  it("appends digits and 000 (2, 0, 000 → 20.000)", () => {
    expect(type("2", "0", "000")).toBe("20000")
    expect(type("1", "5", "000")).toBe("15000")
    expect(groupDigits(type("2", "000", "000"))).toBe("2.000.000")
  })

  it("takes no leading zeros: 0 and 000 on nothing do nothing", () => {
    expect(type("0")).toBe("")
    expect(type("000", "0", "5")).toBe("5")
  })

  it("backspace removes the last digit, and nothing on an empty amount; Xoá clears", () => {
    expect(type("2", "5", "back")).toBe("2")
    expect(type("back")).toBe("")
    expect(type("2", "000", "back", "back")).toBe("20")
    expect(type("2", "000", "clear")).toBe("")
  })

  it("refuses a key that would go past the largest amount (50.000.000 đ)", () => {
    expect(MAX_AMOUNT).toBe(50_000_000)
    const fifty = type("5", "0", "000", "000")
    expect(fifty).toBe("50000000")
    expect(pressKey(fifty, "0")).toBe(fifty)
    expect(pressKey(fifty, "000")).toBe(fifty)
    expect(pressKey("6000000", "0")).toBe("6000000")
    expect(pressKey("9999999", "9")).toBe("9999999")
    expect(pressKey("4999999", "9")).toBe("49999999")
  })

  it("reads what was typed in the field without JavaScript", () => {
    expect(digitsFromInput("200.000")).toBe("200000")
    expect(digitsFromInput(" 0200 000 đ")).toBe("200000")
    expect(digitsFromInput("60.000.000")).toBe("")
    expect(digitsFromInput(null)).toBe("")
    expect(amountOf("")).toBe(0)
  })

  it("knows its keys", () => {
    for (const key of ["0", "9", "000", "back", "clear"]) {
      expect(isKeypadKey(key), key).toBe(true)
    }
    for (const key of ["00", "10", "", "del", 1]) {
      expect(isKeypadKey(key), String(key)).toBe(false)
    }
  })

  it("says why the QR cannot be made yet, per rail", () => {
    expect(amountProblem("vietqr", 0)).toBe("empty")
    expect(amountProblem("vietqr", 999)).toBe("too_small")
    expect(amountProblem("vietqr", 1000)).toBeNull()
    expect(amountProblem("vnpay", 1000)).toBe("too_small")
    expect(amountProblem("vnpay", 5000)).toBeNull()
    expect(amountProblem("vietqr", 50_000_001)).toBe("too_large")
  })

  it("writes amounts as on a price board", () => {
    expect(nbsp(formatDong(200000))).toBe("200.000 đ")
    expect(nbsp(formatDong(0))).toBe("0 đ")
    expect(nbsp(formatDong(1500000))).toBe("1.500.000 đ")
  })
})

describe("the countdown", () => {
  it("shows minutes and seconds, rounding up, and 0:00 once over", () => {
    expect(formatCountdown(600_000)).toBe("10:00")
    expect(formatCountdown(599_001)).toBe("10:00")
    expect(formatCountdown(599_000)).toBe("9:59")
    expect(formatCountdown(61_000)).toBe("1:01")
    expect(formatCountdown(9_000)).toBe("0:09")
    expect(formatCountdown(1)).toBe("0:01")
    expect(formatCountdown(0)).toBe("0:00")
    expect(formatCountdown(-5_000)).toBe("0:00")
    expect(formatCountdown(Number.NaN)).toBe("0:00")
  })

  it("counts from the given clock", () => {
    const now = Date.parse("2026-03-01T08:00:00Z")
    expect(msUntil("2026-03-01T08:10:00Z", now)).toBe(600_000)
    expect(msUntil("not a date", now)).toBe(0)
  })
})
