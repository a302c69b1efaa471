import { describe, expect, it } from "vitest"
import { amountInWords, confirmationWords } from "../src/lib/amount-words"

describe("amounts read aloud", () => {
  it.each([
    [200, "hai trăm đồng"],
    [200_000, "hai trăm nghìn đồng"],
    [105_000, "một trăm lẻ năm nghìn đồng"],
    [1_500_000, "một triệu năm trăm nghìn đồng"],
    [21_000, "hai mươi mốt nghìn đồng"],
    [25_000, "hai mươi lăm nghìn đồng"],
  ])("%i đồng → %s", (amount, words) => {
    expect(amountInWords(amount)).toBe(words)
  })

  it("says the amount and the reference in one sentence", () => {
    expect(confirmationWords(200_000, "CS7K2Q")).toBe("Đã nhận hai trăm nghìn đồng, mã CS7K2Q")
  })

  it("refuses what is not a whole number of đồng", () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError)
    expect(() => amountInWords(-1)).toThrow(RangeError)
  })
})
