import { describe, expect, it } from "vitest"
import { AMOUNT_LIMITS, amountAllowed, PAYMENT_REFERENCE, REFERENCE_ALPHABET, REFERENCE_LENGTH } from "../index.mjs"

describe("stall payment rules", () => {
  it.each([
    ["vietqr", 1_000, true],
    ["vietqr", 999, false],
    ["vietqr", 200_000.5, false],
    ["vnpay", 4_999, false],
    ["vnpay", 5_000, true],
    ["vnpay", AMOUNT_LIMITS.vnpay.max + 1, false],
  ] as const)("%s %d → %s", (rail, amount, allowed) => {
    expect(amountAllowed(rail, amount)).toBe(allowed)
  })

  it("references are CS and five characters a person cannot misread", () => {
    expect(PAYMENT_REFERENCE.test("CS7K2QM")).toBe(true)
    for (const bad of ["CS7K2Q", "CS7K2QMX", "CSIK2QM", "CSOK2QM", "CS7k2qm", "XS7K2QM"]) {
      expect(PAYMENT_REFERENCE.test(bad)).toBe(false)
    }
    expect(REFERENCE_ALPHABET).not.toMatch(/[ILOU]/)
    expect(REFERENCE_ALPHABET).toHaveLength(32)
    expect(REFERENCE_LENGTH).toBe(7)
  })
})
