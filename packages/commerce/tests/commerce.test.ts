import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

// The package is CommonJS, so TypeScript treats this file as CommonJS too: no import.meta.
const exported = (module: object) => Object.fromEntries(Object.entries(module).filter(([name]) => name !== "default"))

describe("@choso/commerce", () => {
  it("gives CommonJS `require` the constants `import` gives", async () => {
    // Node's own require (require(esm) through index.js), not vitest's module loader.
    const required = createRequire(__filename)(join(__dirname, "../index.js")) as object
    const imported = exported(await import("../index.mjs"))
    expect(Object.keys(imported).length).toBeGreaterThan(0)
    expect(exported(required)).toEqual(imported)
  })

  it("declares in index.d.ts exactly the constants index.mjs exports", async () => {
    const source = readFileSync(join(__dirname, "../index.d.ts"), "utf8")
    const declared = [...source.matchAll(/^export declare const (\w+)/gm)].map((m) => m[1])
    expect(declared.sort()).toEqual(Object.keys(exported(await import("../index.mjs"))).sort())
  })

  it("holds the ids Medusa gives the payment providers and the threshold in whole đồng", async () => {
    expect(exported(await import("../index.mjs"))).toEqual({
      COD_PROVIDER_ID: "pp_system_default",
      VNPAY_PROVIDER_ID: "pp_vnpay_vnpay",
      FREE_SHIPPING_THRESHOLD: 500000,
    })
  })
})
