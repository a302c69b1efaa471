import type { ProducerSeed, ProductSeed } from "../types.js"

/** The product metadata the OCOP certificates replaced (the step `ocop-…` removes it from older databases). */
export const LEGACY_OCOP_METADATA = ["ocop_stars", "ocop_year"] as const

/**
 * A seeded product's metadata. No OCOP stars: shoppers see them from an approved, valid
 * certificate (the step `ocop-…`), never from metadata that outlives it.
 */
export function productMetadata(
  product: ProductSeed,
  producer: ProducerSeed,
  imageSizes: Record<string, string>
): Record<string, unknown> {
  return {
    province_code: producer.province_code,
    producer_handle: producer.handle,
    shelf_life_days: product.shelf_life_days,
    featured: product.featured === true,
    image_sizes: imageSizes,
  }
}
