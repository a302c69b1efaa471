import { starsForScore, validUntil } from "@choso/ocop-rules"
import type { OcopGroup, ProductSeed } from "../types.js"
import { categories } from "./categories"
import { producers } from "./producers"
import { products } from "./products"

/**
 * The demo OCOP certificates, one per seeded product, planned from `today` (a Vietnam day) so a
 * database seeded on any later day still gets valid ones. Every product has the stars it had as
 * metadata (`ProductSeed.ocop_stars`), now as a certificate:
 * - approved, issued by the province (3–4★) or the ministry (5★) within the last 36 months;
 * - one of them ends 20 days after today (the expiry warning, a renewal to submit);
 * - one expired (issued more than 36 months ago): its product shows no badge;
 * - one submitted by its producer and waiting for the operator: no certificate before it.
 * The decision numbers and documents are illustrations, and say so.
 */

export type OcopSeedStatus = "approved" | "expired" | "submitted"

export interface OcopCertificateSeed {
  /** The product's handle. */
  product: string
  /** The producer's handle, which is also its seller's. */
  producer: string
  status: OcopSeedStatus
  stars: 3 | 4 | 5
  group: OcopGroup
  score: number
  authority_level: "central" | "provincial"
  authority_name: string
  /** Unique; the seed finds what an earlier run made by it. Ends in "(minh hoạ)". */
  decision_number: string
  decision_date: string
  /** validUntil(decision_date): the last valid day. */
  valid_until: string
}

/** The certificate that ends in 20 days: the household of the README's demo seller login. */
export const OCOP_EXPIRING_SOON = "banh-trang-me-den-dai-loc"
/** Days between today and the last valid day of OCOP_EXPIRING_SOON's certificate. */
export const OCOP_EXPIRING_IN_DAYS = 20
/** The certificate that expired (more than 36 months old): its product shows no badge. */
export const OCOP_EXPIRED = "mam-ca-loc-thoi-binh"
/** Submitted by the demo cooperative and waiting for review: no certificate before, no badge. */
export const OCOP_PENDING = "phan-hoa-ong-tram"

export const OCOP_CENTRAL_AUTHORITY = "Bộ Nông nghiệp và Môi trường"
export const OCOP_PROVINCIAL_AUTHORITIES: Record<string, string> = {
  "96": "UBND tỉnh Cà Mau",
  "48": "UBND thành phố Đà Nẵng",
}
/** Marks every seeded decision number and document as not a real one. */
export const ILLUSTRATION = "(minh hoạ)"

/** Vietnamese names of the six groups (Decision 148/QĐ-TTg), printed on the documents. */
export const OCOP_GROUP_NAMES: Record<OcopGroup, string> = {
  "thuc-pham": "Thực phẩm",
  "do-uong": "Đồ uống",
  "duoc-lieu": "Dược liệu và sản phẩm từ dược liệu",
  "thu-cong-my-nghe": "Thủ công mỹ nghệ",
  "sinh-vat-canh": "Sinh vật cảnh",
  "du-lich": "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
}

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** `day` ("YYYY-MM-DD") moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return dayOf(date)
}

/**
 * The earliest decision date whose certificate is valid through `lastDay` (validUntil of it is
 * `lastDay`, or the next day when no decision date ends exactly there, at the end of a month).
 */
export function issuedForLastDay(lastDay: string): string {
  const next = new Date(`${addDays(lastDay, 1)}T00:00:00Z`)
  const guess = dayOf(new Date(Date.UTC(next.getUTCFullYear() - 3, next.getUTCMonth(), 1)))
  const day = next.getUTCDate()
  const start = addDays(guess, day - 5)
  for (let i = 0; i < 10; i++) {
    const candidate = addDays(start, i)
    if (validUntil(candidate) >= lastDay) {
      return candidate
    }
  }
  throw new Error(`No decision date ends on ${lastDay}`)
}

function clampDay(day: string, earliest: string, latest: string): string {
  return day < earliest ? earliest : day > latest ? latest : day
}

const pad = (n: number) => String(n).padStart(2, "0")

/** A score inside the stars' band (5★ 90–100, 4★ 70–<90, 3★ 50–<70), varied by product. */
function scoreOf(stars: 3 | 4 | 5, index: number): number {
  const score = stars === 5 ? 91 + (index % 8) : (stars === 4 ? 71 : 51) + ((index * 7) % 18)
  if (starsForScore(score) !== stars) {
    throw new Error(`Score ${score} is not ${stars}★`)
  }
  return score
}

function statusOf(product: ProductSeed): OcopSeedStatus {
  return product.handle === OCOP_EXPIRED ? "expired" : product.handle === OCOP_PENDING ? "submitted" : "approved"
}

/** Whether the product's demo certificate is approved (its image may show the stars). */
export function isCertifiedInSeed(handle: string): boolean {
  return handle !== OCOP_EXPIRED && handle !== OCOP_PENDING
}

/** The decision date of a product's certificate, given its status and today. */
function decisionDateOf(product: ProductSeed, index: number, today: string): string {
  if (product.handle === OCOP_EXPIRING_SOON) {
    return issuedForLastDay(addDays(today, OCOP_EXPIRING_IN_DAYS))
  }
  if (product.handle === OCOP_EXPIRED) {
    // Ended two and a half months ago.
    return issuedForLastDay(addDays(today, -75))
  }
  if (product.handle === OCOP_PENDING) {
    // A decision of a few days ago, sent for review since.
    return addDays(today, -12)
  }
  // In the product's OCOP year, kept at least 90 days from its end (only OCOP_EXPIRING_SOON is
  // about to end) and at least three weeks in the past.
  const nominal = `${product.ocop_year}-${pad(1 + ((index * 5) % 12))}-${pad(1 + ((index * 11) % 28))}`
  return clampDay(nominal, issuedForLastDay(addDays(today, 90)), addDays(today, -21))
}

/** Every seeded product's demo certificate, in catalog order, as of `today` ("YYYY-MM-DD"). */
export function ocopCertificateSeeds(today: string): OcopCertificateSeed[] {
  const categoryByHandle = new Map(categories.map((c) => [c.handle, c]))
  const producerByHandle = new Map(producers.map((p) => [p.handle, p]))
  return products.map((product, index) => {
    const category = categoryByHandle.get(product.category)
    const producer = producerByHandle.get(product.producer)
    if (!category || !producer) {
      throw new Error(`Product ${product.handle} has an unknown category or producer`)
    }
    const central = product.ocop_stars === 5
    const authority = central ? OCOP_CENTRAL_AUTHORITY : OCOP_PROVINCIAL_AUTHORITIES[producer.province_code]
    if (!authority) {
      throw new Error(`No OCOP authority for province ${producer.province_code}`)
    }
    const decision_date = decisionDateOf(product, index, today)
    return {
      product: product.handle,
      producer: producer.handle,
      status: statusOf(product),
      stars: product.ocop_stars,
      group: category.ocop_group,
      score: scoreOf(product.ocop_stars, index),
      authority_level: central ? "central" : "provincial",
      authority_name: authority,
      decision_number: `${312 + index * 47}/QĐ-${central ? "BNNMT" : "UBND"} ${ILLUSTRATION}`,
      decision_date,
      valid_until: validUntil(decision_date),
    }
  })
}
