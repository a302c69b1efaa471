import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { categories, producers, products } from "../src/catalog/index.js"
import type { OcopGroup, ProducerSeed } from "../src/types.js"

interface UnitsFile {
  provinces: { code: string; wards: { code: string }[] }[]
}

// The seed package compiles as CommonJS (tsconfig module NodeNext, no "type": "module"), where
// `import.meta` does not type-check; vitest provides __dirname for test files.
const UNITS_PATH = path.resolve(__dirname, "../../plugins/vietnam/src/modules/vietnam/data/units.json")
const units = JSON.parse(readFileSync(UNITS_PATH, "utf8")) as UnitsFile

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const PHONE = /^0[35789]\d{8}$/
/** A label that states a net weight, e.g. "200 g", "1 kg". */
const WEIGHT_LABEL = /^(\d+(?:[.,]\d+)?) (g|kg)$/

function collectStrings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === "string") out.push([path, value])
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collectStrings(v, `${path}[${i}]`, out)
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) collectStrings(v, `${path}.${k}`, out)
}

const producerByHandle = new Map<string, ProducerSeed>(producers.map((p) => [p.handle, p]))
const categoryHandles = new Set(categories.map((c) => c.handle))

describe("demo catalog", () => {
  it("has enough products, producers and provinces", () => {
    expect(products.length).toBeGreaterThanOrEqual(40)
    expect(producers.length).toBeGreaterThanOrEqual(8)
    const provinces = new Set(producers.map((p) => p.province_code))
    expect(provinces.size).toBeGreaterThanOrEqual(2)
    for (const code of provinces) {
      const count = products.filter((p) => producerByHandle.get(p.producer)?.province_code === code).length
      expect(count, `products in province ${code}`).toBeGreaterThanOrEqual(20)
    }
  })

  it("uses at least 4 OCOP groups and every category has products", () => {
    expect(new Set<OcopGroup>(categories.map((c) => c.ocop_group)).size).toBeGreaterThanOrEqual(4)
    for (const c of categories) {
      expect(
        products.some((p) => p.category === c.handle),
        `category ${c.handle} is used`
      ).toBe(true)
      for (const colour of c.palette) expect(colour).toMatch(/^#[0-9A-Fa-f]{6}$/)
    }
  })

  it("links every product to an existing category and producer", () => {
    for (const p of products) {
      expect(categoryHandles.has(p.category), `${p.handle}: category ${p.category}`).toBe(true)
      const producer = producerByHandle.get(p.producer)
      expect(producer, `${p.handle}: producer ${p.producer}`).toBeDefined()
      // The subtitle names the producer's province.
      const provinceName = producer?.province_code === "96" ? "Cà Mau" : "Đà Nẵng"
      expect(p.subtitle.vi.endsWith(provinceName), `${p.handle}: subtitle province`).toBe(true)
    }
    for (const producer of producers)
      expect(
        products.some((p) => p.producer === producer.handle),
        `${producer.handle} has products`
      ).toBe(true)
  })

  it("has unique kebab-case handles", () => {
    for (const list of [categories, producers, products]) {
      const handles = list.map((x) => x.handle)
      expect(new Set(handles).size).toBe(handles.length)
      for (const h of handles) expect(h).toMatch(HANDLE)
    }
  })

  it("has valid producers: phone, ward in province", () => {
    const wardsByProvince = new Map(units.provinces.map((p) => [p.code, new Set(p.wards.map((w) => w.code))]))
    for (const p of producers) {
      expect(p.phone, p.handle).toMatch(PHONE)
      expect(wardsByProvince.get(p.province_code)?.has(p.ward_code), `${p.handle}: ward ${p.ward_code}`).toBe(true)
      expect(p.street.trim().length).toBeGreaterThan(0)
      expect(p.representative.trim().length).toBeGreaterThan(0)
    }
  })

  it("has sane OCOP data, subtitles and variants", () => {
    for (const p of products) {
      expect([3, 4, 5]).toContain(p.ocop_stars)
      expect(p.ocop_year).toBeGreaterThanOrEqual(2023)
      expect(p.ocop_year).toBeLessThanOrEqual(2026)
      expect(p.shelf_life_days).toBeGreaterThan(0)
      expect(p.subtitle.vi.length, `${p.handle}: subtitle.vi`).toBeLessThanOrEqual(60)
      expect(p.subtitle.en.length, `${p.handle}: subtitle.en`).toBeLessThanOrEqual(60)
      expect(p.variants.length).toBeGreaterThan(0)
      const skus = p.variants.map((v) => v.sku)
      expect(new Set(skus).size, `${p.handle}: unique SKUs`).toBe(skus.length)
      const labels = p.variants.map((v) => v.label)
      expect(new Set(labels).size, `${p.handle}: unique labels`).toBe(labels.length)
      for (const v of p.variants) {
        expect(
          Number.isInteger(v.price) && v.price > 0 && v.price % 1000 === 0,
          `${p.handle}/${v.sku}: price ${v.price}`
        ).toBe(true)
        expect(Number.isInteger(v.stock) && v.stock >= 20 && v.stock <= 300, `${p.handle}/${v.sku}: stock`).toBe(true)
        expect(Number.isInteger(v.weight_grams) && v.weight_grams > 0, `${p.handle}/${v.sku}: weight`).toBe(true)
        expect(v.sku).toMatch(/^[A-Z0-9]+$/)
      }
    }
    const featured = products.filter((p) => p.featured === true).length
    expect(featured).toBeGreaterThanOrEqual(6)
    expect(featured).toBeLessThanOrEqual(10)
  })

  it("prices bigger sizes no higher per gram", () => {
    for (const p of products) {
      const sorted = [...p.variants].sort((a, b) => a.weight_grams - b.weight_grams)
      const byWeight = p.variants.every((v) => WEIGHT_LABEL.test(v.label))
      for (const v of p.variants) {
        const m = WEIGHT_LABEL.exec(v.label)
        if (m) {
          const grams = Number(m[1]?.replace(",", ".")) * (m[2] === "kg" ? 1000 : 1)
          expect(v.weight_grams, `${p.handle}/${v.sku}: label matches weight`).toBe(grams)
        }
      }
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!
        const cur = sorted[i]!
        expect(cur.price, `${p.handle}: ${cur.label} costs more than ${prev.label}`).toBeGreaterThan(prev.price)
        if (byWeight)
          expect(cur.price / cur.weight_grams, `${p.handle}: per-gram price of ${cur.label}`).toBeLessThanOrEqual(
            prev.price / prev.weight_grams
          )
      }
    }
  })

  it("stores every string in NFC without edge whitespace", () => {
    const strings: [string, string][] = []
    collectStrings({ categories, producers, products }, "catalog", strings)
    expect(strings.length).toBeGreaterThan(0)
    for (const [path, s] of strings) {
      expect(s === s.normalize("NFC"), `${path} is NFC`).toBe(true)
      expect(s, path).toBe(s.trim())
      expect(s, path).not.toMatch(/ {2}/)
    }
  })
})
