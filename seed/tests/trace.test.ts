import { readFileSync } from "node:fs"
import path from "node:path"
import {
  isGs1VietnamPrefix,
  isRestrictedCirculation,
  isValidGtin,
  isValidLotCode,
  LOT_UNITS,
  lotEpcClass,
  randomShortCode,
  STEP_EPCIS,
  TRACE_STEPS,
} from "@choso/trace-rules"
import { validateEpcisEvent } from "@choso/trace-rules/epcis"
import { describe, expect, it } from "vitest"
import { producers, products } from "../src/catalog/index.js"
import {
  illustrationGtin,
  type LotRef,
  lotKey,
  seedTraceEvents,
  TRACE_WARD_NAMES,
  traceLotSeeds,
  WAREHOUSE,
} from "../src/catalog/trace.js"

interface UnitsFile {
  provinces: { code: string; wards: { code: string; full_name: string }[] }[]
}

const UNITS_PATH = path.resolve(__dirname, "../../plugins/vietnam/src/modules/vietnam/data/units.json")
const units = JSON.parse(readFileSync(UNITS_PATH, "utf8")) as UnitsFile
const wardsOf = new Map(units.provinces.map((p) => [p.code, new Map(p.wards.map((w) => [w.code, w.full_name]))]))

/** GS1's check digit, computed here independently of @choso/trace-rules: weights 3,1,3… from the right. */
function checkDigit(body: string): number {
  const sum = [...body].reverse().reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10
}

const lots = traceLotSeeds
const productByHandle = new Map(products.map((p) => [p.handle, p]))
const producerByHandle = new Map(producers.map((p) => [p.handle, p]))
const ms = (iso: string) => Date.parse(iso)
/** The start of a Vietnam calendar day, and the start of the next. */
const dayStart = (day: string) => Date.parse(`${day}T00:00:00+07:00`)
const dayEnd = (day: string) => dayStart(day) + 86_400_000

describe("the seeded lots' GTINs", () => {
  const gtins = lots.flatMap((l) => (l.gtin ? [l.gtin] : []))

  it("are GTIN-14s with a valid check digit", () => {
    expect(gtins.length).toBeGreaterThan(0)
    for (const gtin of gtins) {
      expect(gtin).toMatch(/^\d{14}$/)
      expect(Number(gtin[13]), gtin).toBe(checkDigit(gtin.slice(0, 13)))
      expect(isValidGtin(gtin), gtin).toBe(true)
    }
  })

  it("are restricted-circulation numbers (a GTIN-13 beginning 20–29), never GS1 Vietnam's 893", () => {
    for (const gtin of gtins) {
      expect(gtin.slice(0, 2), gtin).toBe("02")
      expect(isRestrictedCirculation(gtin), gtin).toBe(true)
      expect(isGs1VietnamPrefix(gtin), gtin).toBe(false)
      expect(gtin.slice(1, 4)).not.toBe("893")
    }
  })

  it("belong to about half of the lots, one number per product variant", () => {
    const share = gtins.length / lots.length
    expect(share).toBeGreaterThanOrEqual(0.35)
    expect(share).toBeLessThanOrEqual(0.65)
    const byVariant = new Map<string, Set<string | null>>()
    for (const lot of lots) {
      const key = `${lot.product}/${lot.variant}`
      byVariant.set(key, (byVariant.get(key) ?? new Set()).add(lot.gtin))
    }
    for (const [variant, set] of byVariant) expect(set.size, variant).toBe(1)
    const distinct = new Set(gtins)
    expect(distinct.size).toBe(new Set(lots.filter((l) => l.gtin).map((l) => l.product)).size)
    expect(illustrationGtin("mat-ong-rung-tram-u-minh")).toBe(illustrationGtin("mat-ong-rung-tram-u-minh"))
  })
})

describe("the seeded lots", () => {
  it("cover the seeded produce, one or two lots each, and no crafts", () => {
    const byProduct = new Map<string, number>()
    for (const lot of lots) byProduct.set(lot.product, (byProduct.get(lot.product) ?? 0) + 1)
    expect(byProduct.size).toBeGreaterThanOrEqual(15)
    for (const [handle, count] of byProduct) {
      const product = productByHandle.get(handle)
      expect(product, handle).toBeDefined()
      expect(product?.category).not.toBe("thu-cong-my-nghe")
      expect(count).toBeGreaterThanOrEqual(1)
      expect(count).toBeLessThanOrEqual(2)
    }
    expect([...byProduct.values()].some((n) => n === 2)).toBe(true)
    for (const handle of [
      "nuoc-mam-nam-o",
      "mat-ong-rung-tram-u-minh",
      "gao-st25-lua-tom",
      "banh-trang-nhung-dai-loc",
    ]) {
      expect(byProduct.has(handle), handle).toBe(true)
    }
    expect(lots.some((l) => productByHandle.get(l.product)?.category === "kho-hai-san")).toBe(true)
  })

  it("have valid codes, unique per product", () => {
    const seen = new Set<string>()
    for (const lot of lots) {
      expect(isValidLotCode(lot.code), lot.code).toBe(true)
      expect(lot.code.length).toBeLessThanOrEqual(20)
      expect(seen.has(lotKey(lot)), lot.code).toBe(false)
      seen.add(lotKey(lot))
    }
  })

  it("name a variant, unit, quantity and the producer's province and a ward of it", () => {
    for (const lot of lots) {
      const product = productByHandle.get(lot.product)
      expect(product?.producer).toBe(lot.producer)
      expect(product?.variants.map((v) => v.sku)).toContain(lot.variant)
      expect(LOT_UNITS).toContain(lot.unit)
      expect(Number.isFinite(lot.quantity) && lot.quantity > 0, `${lot.code}: ${lot.quantity}`).toBe(true)
      expect(lot.origin_province_code).toBe(producerByHandle.get(lot.producer)?.province_code)
      expect(wardsOf.get(lot.origin_province_code)?.has(lot.origin_ward_code), lot.origin_ward_code).toBe(true)
      expect(lot.origin_place.length).toBeGreaterThan(10)
      for (const event of lot.events) {
        expect(wardsOf.get(lot.origin_province_code)?.has(event.ward_code), `${lot.code} ${event.ward_code}`).toBe(true)
      }
    }
  })

  it("use 2025 ward names that match the vietnam plugin's list", () => {
    const all = new Map([...wardsOf.values()].flatMap((m) => [...m]))
    for (const [code, name] of Object.entries(TRACE_WARD_NAMES)) expect(all.get(code), code).toBe(name)
    expect(all.get(WAREHOUSE.ward_code)).toBe("Phường An Xuyên")
    for (const lot of lots) {
      expect(TRACE_WARD_NAMES[lot.origin_ward_code], lot.origin_ward_code).toBeDefined()
      for (const event of lot.events) expect(TRACE_WARD_NAMES[event.ward_code], event.ward_code).toBeDefined()
    }
  })

  it("are produced in October–November 2026 and expire after the product's shelf life", () => {
    for (const lot of lots) {
      expect(lot.produced_on >= "2026-10-01" && lot.produced_on <= "2026-11-30", lot.produced_on).toBe(true)
      const shelf = productByHandle.get(lot.product)?.shelf_life_days ?? 0
      expect((dayStart(lot.expires_on) - dayStart(lot.produced_on)) / 86_400_000).toBe(shelf)
    }
  })
})

describe("the seeded chains", () => {
  it("go harvest → processing → packing → (inspecting) → shipping, in time order", () => {
    for (const lot of lots) {
      const steps = lot.events.map((e) => e.step)
      expect(steps[0], lot.code).toBe("harvest")
      expect(steps[1]).toBe("processing")
      expect(steps[2]).toBe("packing")
      expect(steps.at(-1)).toBe("shipping")
      expect(["harvest,processing,packing,shipping", "harvest,processing,packing,inspecting,shipping"]).toContain(
        steps.join(",")
      )
      for (const step of steps) expect(TRACE_STEPS).toContain(step)
      const times = lot.events.map((e) => ms(e.event_time))
      for (let i = 1; i < times.length; i++) {
        expect(times[i], `${lot.code} ${steps[i]}`).toBeGreaterThan(times[i - 1])
      }
    }
  })

  it("happen in Vietnam time between production and expiry, before the seed's first run", () => {
    for (const lot of lots) {
      for (const event of lot.events) {
        expect(event.event_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
        expect(ms(event.event_time)).toBeGreaterThanOrEqual(dayStart(lot.produced_on))
        expect(ms(event.event_time)).toBeLessThan(dayEnd(lot.expires_on))
        expect(ms(event.event_time)).toBeLessThan(Date.parse("2026-12-05T00:00:00+07:00"))
      }
      expect(lot.events[0].event_time.slice(0, 10)).toBe(lot.produced_on)
    }
  })

  it("harvest at the lot's origin, ship from the producer to the platform's warehouse", () => {
    for (const lot of lots) {
      const [harvest] = lot.events
      expect(harvest.ward_code).toBe(lot.origin_ward_code)
      expect(harvest.place_name).toBe(lot.origin_place)
      const shipping = lot.events.at(-1)
      expect(shipping?.note).toContain(WAREHOUSE.place)
      expect(shipping?.quantity).toEqual({ value: lot.quantity, unit: lot.unit })
    }
  })

  it("keep quantities plausible: processing takes the harvest and yields no more than it, packing counts the lot", () => {
    for (const lot of lots) {
      const [harvest, processing, packing] = lot.events
      expect(processing.inputs?.[0]).toEqual({
        lot: { product: lot.product, code: lot.code },
        value: harvest.quantity.value,
        unit: harvest.quantity.unit,
      })
      expect(processing.quantity.unit).toBe(harvest.quantity.unit)
      expect(processing.quantity.value).toBeGreaterThan(0)
      expect(packing.quantity).toEqual({ value: lot.quantity, unit: lot.unit })
      for (const event of lot.events.slice(2)) expect(event.quantity).toEqual(packing.quantity)
    }
  })

  it("take another lot in only after that lot was processed, and plan it first", () => {
    const index = new Map(lots.map((l, i) => [lotKey(l), i]))
    let crossing = 0
    for (const [i, lot] of lots.entries()) {
      const processing = lot.events[1]
      for (const input of processing.inputs?.slice(1) ?? []) {
        crossing++
        const j = index.get(lotKey(input.lot))
        expect(j, lotKey(input.lot)).toBeDefined()
        expect(j).toBeLessThan(i)
        const source = lots[j ?? 0]
        expect(source.producer).toBe(lot.producer)
        expect(ms(source.events[1].event_time)).toBeLessThan(ms(processing.event_time))
      }
    }
    expect(crossing).toBeGreaterThan(0)
  })
})

describe("the seeded chains as EPCIS 2.0 events", () => {
  const shortCodes = new Map(lots.map((l) => [lotKey(l), randomShortCode()]))
  const byKey = new Map(lots.map((l) => [lotKey(l), l]))
  const classOf = (ref: LotRef) => {
    const lot = byKey.get(lotKey(ref))
    if (!lot) throw new Error(`No planned lot ${lotKey(ref)}`)
    return lotEpcClass({ gtin: lot.gtin, code: lot.code, short_code: shortCodes.get(lotKey(ref)) ?? "" })
  }

  it("each validate against the EPCIS 2.0 schema", () => {
    let count = 0
    for (const lot of lots) {
      for (const event of seedTraceEvents(lot, classOf)) {
        const result = validateEpcisEvent(event)
        expect(result, `${lot.code} ${event["choso:step"]}: ${JSON.stringify(result)}`).toEqual({ valid: true })
        count++
      }
    }
    expect(count).toBeGreaterThanOrEqual(lots.length * 4)
  })

  it("carry the step's CBV vocabulary, the Vietnam offset, the lot's class and its places", () => {
    for (const lot of lots) {
      const events = seedTraceEvents(lot, classOf)
      expect(new Set(events.map((e) => e.eventID)).size).toBe(events.length)
      for (const [i, event] of events.entries()) {
        const planned = lot.events[i]
        const spec = STEP_EPCIS[planned.step]
        expect(event).toMatchObject({
          type: spec.type,
          bizStep: spec.bizStep,
          disposition: spec.disposition,
          eventTimeZoneOffset: "+07:00",
          "choso:step": planned.step,
          "choso:placeName": planned.place_name,
          "choso:note": planned.note,
          readPoint: { id: `https://choso.vn/dia-danh/${planned.ward_code}` },
        })
        expect(Date.parse(event.eventTime)).toBe(ms(planned.event_time))
        const output = event.type === "TransformationEvent" ? event.outputQuantityList : event.quantityList
        expect(output?.[0]?.epcClass).toBe(classOf(lot))
      }
      const processing = events[1]
      expect(processing.inputQuantityList?.[0]).toMatchObject({ epcClass: classOf(lot) })
      if (lot.gtin) expect(classOf(lot)).toBe(`https://id.gs1.org/01/${lot.gtin}/10/${lot.code}`)
    }
  })

  it("would fail validation if an event lost its time (the check can fail)", () => {
    const [event] = seedTraceEvents(lots[0], classOf)
    const { eventTime: _dropped, ...broken } = event
    expect(validateEpcisEvent(broken).valid).toBe(false)
  })
})
