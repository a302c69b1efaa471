import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import type * as ChainTypes from "../chain.js"
import * as chainMjs from "../chain.mjs"
import type * as EpcisTypes from "../epcis.js"
import * as epcisMjs from "../epcis.mjs"
import type * as IndexTypes from "../index.js"
import * as indexMjs from "../index.mjs"

// The hand-written .d.ts files are what the plugin, the storefront and the seed compile against:
// the implementations must satisfy them (checked by tsc, which runs over the tests).
const typed: [typeof IndexTypes, typeof ChainTypes, typeof EpcisTypes] = [indexMjs, chainMjs, epcisMjs]

// The package is CommonJS to TypeScript, so this file is too: no import.meta; Node's own require.
const cjsRequire = createRequire(__filename)

describe("CommonJS entry points (the Medusa plugin loads the package with require)", () => {
  it("require('@choso/trace-rules/chain') signs and verifies", () => {
    const chain: typeof ChainTypes = cjsRequire("@choso/trace-rules/chain")
    const key = chain.loadSigningKey(chain.generateSigningKeyValue())
    const head = { lot_id: "lot_1", seq: 1, hash: chain.sha256Hex("x") }
    expect(chain.verifyHead(head, chain.signHead(head, key), chain.publicKeyFromBase64(key.publicKeyBase64))).toBe(true)
    expect(chain.canonicalJson({ b: 1, a: [2] })).toBe('{"a":[2],"b":1}')
  })

  it("require('@choso/trace-rules') and require('@choso/trace-rules/epcis') work too", () => {
    const index: typeof IndexTypes = cjsRequire("@choso/trace-rules")
    const epcis: typeof EpcisTypes = cjsRequire("@choso/trace-rules/epcis")
    expect(index.TRACE_STEPS).toHaveLength(7)
    const event = epcis.buildTraceEvent({
      step: "harvest",
      lot: { epcClass: "https://choso.vn/t/7K3M9QX" },
      eventTime: "2025-03-01T00:00:00Z",
    })
    expect(epcis.validateEpcisEvent(event)).toEqual({ valid: true })
    expect(Object.keys(index).sort()).toEqual(Object.keys(indexMjs).sort())
    expect(Object.keys(cjsRequire("@choso/trace-rules/chain")).sort()).toEqual(Object.keys(typed[1]).sort())
    expect(Object.keys(epcis).sort()).toEqual(Object.keys(typed[2]).sort())
  })
})
