import {
  certificateProblems,
  DISTRICT_LEVEL_ENDED,
  daysBetween,
  isValidOn,
  OCOP_GROUPS,
  starsForScore,
  validUntil,
} from "@choso/ocop-rules"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { categories, producers, products } from "../src/catalog/index.js"
import { LEGACY_OCOP_METADATA, productMetadata } from "../src/catalog/metadata.js"
import {
  addDays,
  ILLUSTRATION,
  isCertifiedInSeed,
  issuedForLastDay,
  OCOP_CENTRAL_AUTHORITY,
  OCOP_EXPIRED,
  OCOP_EXPIRING_IN_DAYS,
  OCOP_EXPIRING_SOON,
  OCOP_PENDING,
  OCOP_PROVINCIAL_AUTHORITIES,
  ocopCertificateSeeds,
} from "../src/catalog/ocop.js"
import { CERTIFICATE_SIZE, certificateSvg, renderCertificateImage } from "../src/images/certificate.js"
import { productImageSvg } from "../src/images/render.js"

const TODAY = "2026-12-04"
/** Later days the seed may run on, across month ends and a leap day. */
const LATER_DAYS = ["2027-02-28", "2027-03-31", "2028-02-29", "2029-07-15"]

const seeds = ocopCertificateSeeds(TODAY)
const producerByHandle = new Map(producers.map((p) => [p.handle, p]))
const categoryByHandle = new Map(categories.map((c) => [c.handle, c]))

describe("the demo OCOP certificates", () => {
  it("give every seeded product one certificate with its stars and its category's group", () => {
    expect(seeds.map((s) => s.product)).toEqual(products.map((p) => p.handle))
    for (const [i, seed] of seeds.entries()) {
      const product = products[i]
      expect(seed.stars).toBe(product.ocop_stars)
      expect(seed.group).toBe(categoryByHandle.get(product.category)?.ocop_group)
      expect(OCOP_GROUPS).toContain(seed.group)
      expect(seed.producer).toBe(product.producer)
    }
  })

  it("have a score inside the stars' band", () => {
    for (const seed of seeds) {
      expect(starsForScore(seed.score), `${seed.product}: ${seed.score}`).toBe(seed.stars)
    }
    const bands = { 5: [90, 100], 4: [70, 90], 3: [50, 70] } as const
    for (const seed of seeds) {
      const [low, high] = bands[seed.stars]
      expect(seed.score).toBeGreaterThanOrEqual(low)
      expect(seed.score).toBeLessThan(high === 100 ? 100.01 : high)
    }
  })

  it("are issued by the ministry (5★) or the producer's province (3–4★), never a district", () => {
    for (const seed of seeds) {
      const province = producerByHandle.get(seed.producer)?.province_code ?? ""
      if (seed.stars === 5) {
        expect(seed).toMatchObject({ authority_level: "central", authority_name: OCOP_CENTRAL_AUTHORITY })
      } else {
        expect(seed).toMatchObject({
          authority_level: "provincial",
          authority_name: OCOP_PROVINCIAL_AUTHORITIES[province],
        })
      }
    }
    expect(new Set(seeds.map((s) => s.authority_name))).toEqual(
      new Set([OCOP_CENTRAL_AUTHORITY, "UBND tỉnh Cà Mau", "UBND thành phố Đà Nẵng"])
    )
    expect(seeds.some((s) => s.authority_level === "central")).toBe(true)
  })

  it("have unique decision numbers, each marked as an illustration", () => {
    expect(new Set(seeds.map((s) => s.decision_number)).size).toBe(seeds.length)
    for (const seed of seeds) {
      expect(seed.decision_number).toMatch(/^\d+\/QĐ-(UBND|BNNMT) \(minh hoạ\)$/)
      expect(seed.decision_number.endsWith(ILLUSTRATION)).toBe(true)
    }
  })

  it("are one expired, one waiting for review, the rest approved", () => {
    const byStatus = (status: string) => seeds.filter((s) => s.status === status).map((s) => s.product)
    expect(byStatus("expired")).toEqual([OCOP_EXPIRED])
    expect(byStatus("submitted")).toEqual([OCOP_PENDING])
    expect(byStatus("approved")).toHaveLength(products.length - 2)
    expect(byStatus("approved")).toContain(OCOP_EXPIRING_SOON)
    expect(isCertifiedInSeed(OCOP_EXPIRED)).toBe(false)
    expect(isCertifiedInSeed(OCOP_PENDING)).toBe(false)
    expect(isCertifiedInSeed(OCOP_EXPIRING_SOON)).toBe(true)
  })

  for (const today of [TODAY, ...LATER_DAYS]) {
    describe(`seeded on ${today}`, () => {
      const plan = ocopCertificateSeeds(today)

      it("pass the plugin's rules: approved and pending valid today, the expired one in the past", () => {
        for (const seed of plan) {
          const problems = certificateProblems(seed, today).map((p) => p.code)
          expect(problems, seed.product).toEqual(seed.status === "expired" ? ["ocop_already_expired"] : [])
          expect(seed.valid_until).toBe(validUntil(seed.decision_date))
          expect(seed.decision_date <= today).toBe(true)
        }
      })

      it("have exactly one certificate ending within 30 days, 20 days from today", () => {
        const soon = plan.filter((s) => s.status === "approved" && daysBetween(today, s.valid_until) <= 30)
        expect(soon.map((s) => s.product)).toEqual([OCOP_EXPIRING_SOON])
        const left = daysBetween(today, soon[0].valid_until)
        expect(left).toBeGreaterThanOrEqual(OCOP_EXPIRING_IN_DAYS)
        expect(left).toBeLessThanOrEqual(OCOP_EXPIRING_IN_DAYS + 1)
        for (const seed of plan.filter((s) => s.status === "approved" && s !== soon[0])) {
          expect(daysBetween(today, seed.valid_until), seed.product).toBeGreaterThanOrEqual(90)
          expect(isValidOn(seed, today)).toBe(true)
        }
      })

      it("have the expired one issued more than 36 months ago, not valid today", () => {
        const expired = plan.find((s) => s.product === OCOP_EXPIRED)!
        expect(expired.valid_until < today).toBe(true)
        expect(expired.decision_date < addDays(today, -3 * 365)).toBe(true)
        expect(isValidOn({ ...expired, status: "approved" }, today)).toBe(false)
      })

      it("have the pending one decided recently (after the district level ended)", () => {
        const pending = plan.find((s) => s.product === OCOP_PENDING)!
        expect(pending.status).toBe("submitted")
        expect(daysBetween(pending.decision_date, today)).toBeLessThan(60)
        expect(pending.decision_date >= DISTRICT_LEVEL_ENDED).toBe(true)
      })
    })
  }

  it("finds the decision date of a last valid day, at month ends too", () => {
    for (const last of ["2026-12-24", "2027-02-28", "2027-03-01", "2028-02-29", "2027-12-31", "2027-04-30"]) {
      const issued = issuedForLastDay(last)
      expect(validUntil(issued) >= last).toBe(true)
      expect(validUntil(addDays(issued, -1)) < last).toBe(true)
      expect(daysBetween(last, validUntil(issued))).toBeLessThanOrEqual(1)
    }
  })
})

describe("no OCOP stars in product metadata", () => {
  it("the catalog writes none for any product", () => {
    for (const product of products) {
      const producer = producerByHandle.get(product.producer)!
      const metadata = productMetadata(product, producer, { "640": "x" })
      for (const key of LEGACY_OCOP_METADATA) {
        expect(metadata, product.handle).not.toHaveProperty(key)
      }
      expect(metadata.producer_handle).toBe(product.producer)
    }
  })

  it("the expired and pending products' images carry no OCOP label", () => {
    const spec = {
      title: "Mắm cá lóc",
      province: "Cà Mau",
      motif: "jar" as const,
      palette: ["#111", "#222"] as [string, string],
    }
    expect(productImageSvg({ ...spec, stars: null })).not.toContain("OCOP")
    expect(productImageSvg({ ...spec, stars: 3 })).toContain("OCOP ★★★")
  })
})

describe("the certificate document", () => {
  const spec = {
    product: "Mật ong rừng tràm U Minh Hạ",
    holder: "Hợp tác xã Ong Mật Tràm Xanh U Minh",
    stars: 5,
    group: "Thực phẩm",
    score: 93,
    authority_name: OCOP_CENTRAL_AUTHORITY,
    decision_number: `312/QĐ-BNNMT ${ILLUSTRATION}`,
    decision_date: "2025-03-15",
    valid_until: "2028-03-14",
  }

  it("says it is an illustration and shows the product, stars, authority, number and dates", () => {
    const svg = certificateSvg(spec)
    for (const text of [
      "GIẤY CHỨNG NHẬN SẢN PHẨM OCOP (minh hoạ)",
      spec.product,
      "★★★★★",
      OCOP_CENTRAL_AUTHORITY,
      "312/QĐ-BNNMT (minh hoạ)",
      "15/03/2025",
      "14/03/2028",
    ]) {
      expect(svg).toContain(text)
    }
  })

  it("renders an A4-landscape WebP without metadata", async () => {
    const image = await renderCertificateImage(spec)
    const meta = await sharp(image).metadata()
    expect(meta.format).toBe("webp")
    expect([meta.width, meta.height]).toEqual([CERTIFICATE_SIZE.width, CERTIFICATE_SIZE.height])
    expect(meta.width! / meta.height!).toBeCloseTo(Math.SQRT2, 2)
    expect(meta.exif).toBeUndefined()
    expect(image.length).toBeLessThan(1024 * 1024)
  })
})
