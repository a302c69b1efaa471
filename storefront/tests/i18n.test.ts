import { describe, expect, it } from "vitest"
import en from "~/i18n/en.json"
import vi from "~/i18n/vi.json"
import { addressErrorKey, BACKEND_ADDRESS_CODES } from "~/lib/address"
import { dictionaryKeys, isMessageKey, medusaLocale, translate } from "~/lib/i18n"

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort()
}

describe("translation files", () => {
  it("vi.json and en.json have exactly the same keys", () => {
    const viKeys = Object.keys(vi).sort()
    const enKeys = Object.keys(en).sort()
    expect(enKeys.filter((k) => !viKeys.includes(k))).toEqual([])
    expect(viKeys.filter((k) => !enKeys.includes(k))).toEqual([])
    expect(dictionaryKeys("vi").length).toBeGreaterThan(100)
  })

  it("has no empty strings and the same {placeholders} in both languages", () => {
    for (const [key, text] of Object.entries(vi)) {
      const english = (en as Record<string, string>)[key] ?? ""
      expect(text.trim(), `vi ${key}`).not.toBe("")
      expect(english.trim(), `en ${key}`).not.toBe("")
      expect(placeholders(english), key).toEqual(placeholders(text))
    }
  })

  it("has a message for every backend address error code", () => {
    for (const code of BACKEND_ADDRESS_CODES) {
      expect(isMessageKey(addressErrorKey(code)), code).toBe(true)
    }
  })
})

describe("translate", () => {
  it("fills placeholders in the chosen language", () => {
    expect(translate("vi", "pagination.status", { page: 2, pages: 4 })).toBe("Trang 2/4")
    expect(translate("en", "pagination.status", { page: 2, pages: 4 })).toBe("Page 2/4")
    expect(translate("vi", "product.stock_left", { count: 7 })).toBe("Còn 7")
    expect(translate("vi", "product.sold_out")).toBe("Hết hàng")
  })

  it("leaves unknown placeholders visible instead of printing undefined", () => {
    expect(translate("vi", "pagination.status", { page: 1 })).toBe("Trang 1/{pages}")
  })

  it("maps languages to Medusa locales", () => {
    expect(medusaLocale("vi")).toBe("vi-VN")
    expect(medusaLocale("en")).toBe("en-US")
  })
})
