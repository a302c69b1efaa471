import { describe, expect, it } from "vitest"
import { GENERATE_COMMAND, requireSafeSecret, secretProblem, VNPAY_HASH_SECRET_RULE } from "../secret-rule.js"

// 64 hex characters, as `openssl rand -hex 32` prints them.
const GOOD = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

describe("secretProblem", () => {
  it("accepts a generated value", () => {
    expect(secretProblem(GOOD)).toBeNull()
  })

  it("refuses a missing or empty value", () => {
    expect(secretProblem(undefined)).toBe("is not set")
    expect(secretProblem("")).toBe("is not set")
  })

  it("refuses a value shorter than 32 characters, and accepts exactly 32", () => {
    expect(secretProblem(GOOD.slice(0, 31))).toBe("is only 31 characters long (at least 32 are needed)")
    expect(secretProblem(GOOD.slice(0, 32))).toBeNull()
  })

  it("takes another minimum length", () => {
    expect(secretProblem("QWERTYUIOPASDFGH", { minLength: 16 })).toBeNull()
    expect(secretProblem("QWERTYUIOPASDFG", { minLength: 16 })).toMatch(/only 15 characters/)
  })

  it.each([
    ["change-me", "change-me-change-me-change-me-change-me", "changeme"],
    ["CHANGE_ME in capitals", "PLEASE_CHANGE_ME_BEFORE_GOING_LIVE_0001", "changeme"],
    ["Medusa's supersecret", "supersecret-supersecret-supersecret", "secret"],
    ["an example value", "this-is-an-Example-value-for-the-docs", "example"],
    ["the old development default", "cho-so-development-only-cho-so-development", "development"],
    ["a placeholder", "placeholder_placeholder_placeholder_1", "placeholder"],
  ])("refuses a long placeholder: %s", (_, value, word) => {
    expect(value.length).toBeGreaterThanOrEqual(32)
    expect(secretProblem(value)).toBe(`looks like a placeholder (it contains "${word}")`)
  })

  it("refuses one character repeated", () => {
    expect(secretProblem("a".repeat(64))).toBe("is one character repeated")
    expect(secretProblem("0".repeat(32))).toBe("is one character repeated")
  })
})

describe("requireSafeSecret", () => {
  it("returns a good value", () => {
    expect(requireSafeSecret("JWT_SECRET", GOOD)).toBe(GOOD)
  })

  it("throws with the variable, the reason and the command that makes a good one", () => {
    expect(() => requireSafeSecret("COOKIE_SECRET", "change-me")).toThrow(
      `COOKIE_SECRET is only 9 characters long (at least 32 are needed). With NODE_ENV=production it must be a random value of at least 32 characters; generate one with: ${GENERATE_COMMAND}`
    )
  })

  it("tells where a VNPay hash secret comes from instead", () => {
    expect(
      requireSafeSecret("VNPAY_HASH_SECRET", "QWERTYUIOPASDFGHJKLZXCVBNMQWERTY", VNPAY_HASH_SECRET_RULE)
    ).toHaveLength(32)
    expect(() => requireSafeSecret("VNPAY_HASH_SECRET", "YOUR_HASH_SECRET", VNPAY_HASH_SECRET_RULE)).toThrow(
      /^VNPAY_HASH_SECRET looks like a placeholder \(it contains "secret"\)\. .*at least 16 characters; copy the hash secret/
    )
  })
})
