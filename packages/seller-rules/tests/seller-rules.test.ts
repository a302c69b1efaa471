import { createRequire } from "node:module"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import * as esm from "../index.mjs"

// The package is CommonJS to TypeScript, so this file is too: no import.meta. Node's own require.
const cjs = createRequire(__filename)(join(__dirname, "../index.js")) as typeof esm
const own = (module: object) => Object.keys(module).filter((name) => name !== "default")

describe("@choso/seller-rules", () => {
  it("gives CommonJS (the plugin) the same rules as ESM (the storefront)", () => {
    expect(own(cjs).sort()).toEqual(own(esm).sort())
    expect(String(cjs.TAX_CODE)).toBe(String(esm.TAX_CODE))
  })

  it("reads identity numbers as Vietnamese documents write them", () => {
    expect(["0312345678", "0312345678-001"].map((v) => esm.TAX_CODE.test(v))).toEqual([true, true])
    expect(["031234567", "0312345678-1", "03123456789"].some((v) => esm.TAX_CODE.test(v))).toBe(false)
    expect([esm.ID_NUMBER.test("096185001234"), esm.ID_NUMBER.test("96185001234")]).toEqual([true, false])
    expect([esm.BANK_ACCOUNT.test("0071000123456"), esm.BANK_ACCOUNT.test("12345")]).toEqual([true, false])
    expect([esm.HANDLE.test("htx-ong-mat"), esm.HANDLE.test("HTX Ong"), esm.HANDLE.test("-a")]).toEqual([
      true,
      false,
      false,
    ])
  })

  it("asks organisations and household businesses for a registration, not individuals", () => {
    expect(esm.LEGAL_FORMS.map((form) => esm.registrationRequired(form))).toEqual([true, true, false])
    expect(new Set(Object.values(esm.SELLER_ERRORS)).size).toBe(Object.keys(esm.SELLER_ERRORS).length)
  })
})
