import { describe, expect, it } from "vitest"
import { canonicalJson, sha256Hex } from "../chain.mjs"

const float = (hex: string) => Buffer.from(hex, "hex").readDoubleBE(0)

describe("RFC 8785 canonical JSON", () => {
  it("the RFC's example (§3.2.2): sorted keys, shortest numbers, minimal escapes", () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`
    expect(canonicalJson(JSON.parse(input))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
    )
  })

  it("sorts property names by UTF-16 code units (§3.2.3)", () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`
    // Read the values in the order the text has them (a parsed object would put "1" first).
    const values = [...canonicalJson(JSON.parse(input)).matchAll(/:"([^"]*)"/g)].map((m) => m[1])
    expect(values).toEqual([
      "Carriage Return",
      "One",
      "Control",
      "Latin Small Letter O With Diaeresis",
      "Euro Sign",
      "Emoji: Grinning Face",
      "Hebrew Letter Dalet With Dagesh",
    ])
  })

  it.each([
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af6", "1e+23"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ])("IEEE 754 %s is written %s (Appendix B)", (hex, text) => {
    expect(canonicalJson(float(hex))).toBe(text)
    expect(canonicalJson([float(hex)])).toBe(`[${text}]`)
  })

  it("refuses what JSON cannot hold", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow()
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow()
    expect(() => canonicalJson({ s: "\ud800" })).toThrow()
    expect(() => canonicalJson(undefined)).toThrow(TypeError)
  })

  it("the same event hashes the same whatever its key order; any value change changes the hash", () => {
    const event = {
      type: "ObjectEvent",
      eventTime: "2025-03-01T01:15:00.000Z",
      quantityList: [{ epcClass: "https://choso.vn/t/7K3M9QX", quantity: 12.5, uom: "KGM" }],
      readPoint: { id: "https://choso.vn/dia-danh/24175" },
      "choso:photos": [{ url: "https://choso.vn/a.webp", sha256: "ab".repeat(32), mimeType: "image/webp" }],
      "choso:note": "Hái chín 95% — “đẹp”",
    }
    const shuffled = {
      "choso:note": "Hái chín 95% — “đẹp”",
      "choso:photos": [{ mimeType: "image/webp", sha256: "ab".repeat(32), url: "https://choso.vn/a.webp" }],
      readPoint: { id: "https://choso.vn/dia-danh/24175" },
      quantityList: [{ uom: "KGM", quantity: 12.5, epcClass: "https://choso.vn/t/7K3M9QX" }],
      eventTime: "2025-03-01T01:15:00.000Z",
      type: "ObjectEvent",
      ignored: undefined,
    }
    const hash = sha256Hex(canonicalJson(event))
    expect(sha256Hex(canonicalJson(shuffled))).toBe(hash)
    expect(sha256Hex(canonicalJson(JSON.parse(JSON.stringify(shuffled))))).toBe(hash)
    expect(sha256Hex(canonicalJson({ ...event, "choso:note": "Hái chín 96% — “đẹp”" }))).not.toBe(hash)
    expect(
      sha256Hex(canonicalJson({ ...event, quantityList: [{ ...event.quantityList[0], quantity: 12.50001 }] }))
    ).not.toBe(hash)
    // Array order is meaning, not formatting.
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
  })

  it("sha256Hex hashes a string as UTF-8 (FIPS 180-2 'abc')", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(sha256Hex(new TextEncoder().encode("đ"))).toBe(sha256Hex("đ"))
  })
})
