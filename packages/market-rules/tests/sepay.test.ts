import { describe, expect, it } from "vitest"
import { sepayApiKeyHeader, sepaySignature, verifySePay } from "../sepay.mjs"

const body = JSON.stringify({ id: 92704, transferAmount: 200000, content: "CS7K2QM chuyen tien" })
const NOW = 1_800_000_000

describe("SePay webhook authentication", () => {
  const headers = (over: Record<string, string> = {}) => ({
    "x-sepay-timestamp": String(NOW),
    "x-sepay-signature": sepaySignature("s3cret", NOW, body),
    ...over,
  })

  it("signs timestamp.body as sha256=<hex>", () => {
    expect(sepaySignature("s3cret", NOW, body)).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(sepaySignature("s3cret", NOW, body)).not.toBe(sepaySignature("s3cret", NOW + 1, body))
  })

  it.each<[string, Record<string, string>, string | Buffer, string | null]>([
    ["authentic", {}, body, null],
    ["body changed by one character", {}, body.replace("200000", "200001"), "bad_signature"],
    ["signed with another secret", { "x-sepay-signature": sepaySignature("other", NOW, body) }, body, "bad_signature"],
    ["six minutes old", { "x-sepay-timestamp": String(NOW - 360) }, body, "stale_timestamp"],
    ["timestamp not a number", { "x-sepay-timestamp": "soon" }, body, "bad_timestamp"],
  ])("HMAC: %s", (_name, over, raw, expected) => {
    expect(verifySePay({ hmacSecret: "s3cret" }, headers(over), raw, NOW)).toBe(expected)
  })

  it("HMAC without its headers is refused", () => {
    expect(verifySePay({ hmacSecret: "s3cret" }, {}, body, NOW)).toBe("missing_signature")
  })

  it.each([
    [sepayApiKeyHeader("k-123"), null],
    [sepayApiKeyHeader("k-124"), "bad_api_key"],
    ["Bearer k-123", "bad_api_key"],
    [undefined, "missing_api_key"],
  ])("API key %s → %s", (authorization, expected) => {
    expect(verifySePay({ apiKey: "k-123" }, authorization ? { authorization } : {}, body, NOW)).toBe(expected)
  })

  it("nothing configured refuses everything", () => {
    expect(verifySePay({}, headers(), body, NOW)).toBe("not_configured")
  })
})
