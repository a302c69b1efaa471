import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chainOf, traceOf } from "./load"
import { placeNames } from "./places"
import { type LotRow, lotSummary } from "./views"

interface VariantWithProduct {
  id: string
  title: string | null
  product: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    metadata: Record<string, unknown> | null
  } | null
}

interface SellerRow {
  id: string
  name: string
  handle: string
  kind: string
  phone: string
  address_line: string
  ward_code: string
  province_code: string
}

/**
 * What a shopper sees when scanning a lot: the lot, its product, its producer, its events and its
 * chain verified now. The lot is one query; entries, the published digest, the variant and the
 * seller are read in parallel, selecting only the columns shown.
 */
export async function traceView(container: MedusaContainer, lot: LotRow) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ events, chain }, variants, sellers] = await Promise.all([
    chainOf(container, lot),
    query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.id", "product.title", "product.handle", "product.thumbnail", "product.metadata"],
      filters: { id: lot.variant_id },
    }),
    query.graph({
      entity: "seller",
      fields: ["id", "name", "handle", "kind", "phone", "address_line", "ward_code", "province_code"],
      filters: { id: lot.seller_id },
    }),
  ])
  const variant = (variants.data as VariantWithProduct[])[0] ?? null
  const seller = (sellers.data as SellerRow[])[0] ?? null
  const last = events.at(-1)
  const summary = lotSummary(lot, variant, last ? { step: last.step, event_time: new Date(last.event_time) } : null)
  const origin = placeNames(container, lot.origin_province_code, lot.origin_ward_code)
  const product = variant?.product
  return {
    lot: {
      ...summary,
      origin: {
        province_code: lot.origin_province_code,
        province_name: origin.province_name,
        ward_code: lot.origin_ward_code,
        ward_name: origin.ward_name,
        place: lot.origin_place,
      },
    },
    product: {
      id: product?.id ?? lot.product_id,
      title: product?.title ?? null,
      handle: product?.handle ?? null,
      thumbnail: product?.thumbnail ?? null,
      variant_title: variant?.title ?? null,
      brand: typeof product?.metadata?.brand === "string" ? product.metadata.brand : (seller?.name ?? null),
    },
    producer: seller
      ? {
          id: seller.id,
          name: seller.name,
          handle: seller.handle,
          kind: seller.kind,
          address: { line: seller.address_line, ...placeNames(container, seller.province_code, seller.ward_code) },
          phone: seller.phone,
        }
      : null,
    events,
    chain,
  }
}

export async function findTraceView(
  container: MedusaContainer,
  filter: { gtin: string; code: string } | { short_code: string }
) {
  const lot = await traceOf(container).findLot(filter)
  return lot ? traceView(container, lot) : null
}
