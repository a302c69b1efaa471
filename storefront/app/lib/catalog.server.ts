import { vietnamToday } from "@choso/ocop-rules"
import type { HttpTypes } from "@medusajs/types"
import type { Lang } from "./i18n"
import { productImage } from "./images"
import { getRegion, keyedMemo, localeHeaders, metaNumber, metaString, sdk } from "./medusa.server"
import { readBadge } from "./ocop"
import type { CategoryVM, ImageVM, ProducerVM, ProductCardVM, ProductDetailVM, VariantVM } from "./types"
import { provinceNames } from "./vn-address.server"

export const PAGE_SIZE = 12

/** The OCOP badge (plugins/ocop adds it to the store's product answers), only while a certificate is in force. */
const OCOP_FIELDS = "+ocop_badge.stars,+ocop_badge.group,+ocop_badge.valid_until"
const CARD_FIELDS = `id,handle,title,subtitle,thumbnail,metadata,variants.id,*variants.calculated_price,${OCOP_FIELDS}`
// Explicit field lists: Medusa's default product fields (options, tags, type, dimensions…) cost
// three times as much per request (measured 50–70 ms vs 100–220 ms for one product page).
const DETAIL_FIELDS = [
  "id,handle,title,subtitle,description,thumbnail,metadata",
  "variants.id,variants.title,variants.manage_inventory,variants.inventory_quantity,*variants.calculated_price",
  "*categories",
  "collection.id,collection.title,collection.handle,collection.metadata",
  "images.id,images.url",
  OCOP_FIELDS,
].join(",")

const FIVE_MINUTES = 5 * 60 * 1000

const categoriesCache = keyedMemo<CategoryVM[]>(FIVE_MINUTES, async (lang) => {
  const { product_categories } = await sdk().store.category.list(
    { fields: "id,name,handle,description,metadata", limit: 100 },
    localeHeaders(lang as Lang)
  )
  return product_categories.map((c) => ({
    id: c.id,
    handle: c.handle,
    name: c.name,
    description: c.description || null,
  }))
})

export function listCategories(lang: Lang): Promise<CategoryVM[]> {
  return categoriesCache.get(lang)
}

export async function findCategory(lang: Lang, handle: string): Promise<CategoryVM | null> {
  const categories = await listCategories(lang)
  return categories.find((c) => c.handle === handle) ?? null
}

function variantPrice(variant: HttpTypes.StoreProductVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

function lowestPrice(product: HttpTypes.StoreProduct): number | null {
  const prices = (product.variants ?? []).map(variantPrice).filter((p): p is number => p !== null)
  return prices.length ? Math.min(...prices) : null
}

export function toCard(product: HttpTypes.StoreProduct, provinces: Map<string, string>): ProductCardVM {
  const metadata = product.metadata ?? null
  const provinceCode = metaString(metadata, "province_code")
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle || null,
    // From the certificate only (never the product's metadata), and hidden once past its last day.
    ocop: readBadge((product as { ocop_badge?: unknown }).ocop_badge, vietnamToday()),
    provinceName: provinceCode ? (provinces.get(provinceCode) ?? null) : null,
    priceFrom: lowestPrice(product),
    image: productImage(metadata?.image_sizes, product.thumbnail),
  }
}

function toVariant(variant: HttpTypes.StoreProductVariant): VariantVM {
  const tracked = variant.manage_inventory !== false
  const quantity = variant.inventory_quantity
  return {
    id: variant.id,
    title: variant.title ?? variant.options?.map((o) => o.value).join(" / ") ?? "",
    price: variantPrice(variant),
    stock: tracked && typeof quantity === "number" ? Math.max(0, quantity) : null,
  }
}

function toProducer(
  collection: HttpTypes.StoreCollection | null | undefined,
  lang: Lang,
  provinces: Map<string, string>
): ProducerVM | null {
  if (!collection) {
    return null
  }
  const metadata = collection.metadata ?? null
  const provinceCode = metaString(metadata, "province_code")
  return {
    name: collection.title,
    handle: collection.handle ?? null,
    kind: metaString(metadata, "producer_kind"),
    provinceName: provinceCode ? (provinces.get(provinceCode) ?? null) : null,
    street: metaString(metadata, "street"),
    phone: metaString(metadata, "phone"),
    description:
      metaString(metadata, lang === "en" ? "description_en" : "description_vi") ??
      metaString(metadata, "description_vi"),
  }
}

function toDetail(product: HttpTypes.StoreProduct, lang: Lang, provinces: Map<string, string>): ProductDetailVM {
  const card = toCard(product, provinces)
  const images: ImageVM[] = card.image ? [card.image] : []
  const seen = new Set(images.map((i) => i.src))
  const sized = card.image?.srcSet ?? ""
  for (const image of product.images ?? []) {
    // The seed's product image is the 1200 px size already in the srcset.
    if (!image.url || seen.has(image.url) || sized.includes(image.url)) {
      continue
    }
    seen.add(image.url)
    images.push({ src: image.url, width: 1200, height: 1200 })
  }
  const metadata = product.metadata ?? null
  const category = product.categories?.[0]
  return {
    ...card,
    description: product.description || null,
    images,
    variants: (product.variants ?? []).map(toVariant),
    shelfLifeDays: metaNumber(metadata, "shelf_life_days"),
    producer: toProducer(product.collection, lang, provinces),
    category: category ? { handle: category.handle, name: category.name } : null,
  }
}

export interface ProductPage {
  products: ProductCardVM[]
  count: number
  page: number
  pageCount: number
}

/** One page (12) of a category's products. */
export async function listCategoryProducts(lang: Lang, categoryId: string, page: number): Promise<ProductPage> {
  const [region, provinces] = await Promise.all([getRegion(), provinceNames()])
  const { products, count } = await sdk().store.product.list(
    {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      region_id: region.id,
      category_id: categoryId,
      fields: CARD_FIELDS,
      order: "title",
    },
    localeHeaders(lang)
  )
  return {
    products: products.map((p) => toCard(p, provinces)),
    count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  }
}

const FEATURED_COUNT = 8

/**
 * Products marked `metadata.featured` (the store API cannot filter on metadata, so the first
 * 100 are scanned), or the first ones when none is. Cached 5 minutes: the home page is the
 * busiest page and shows no stock.
 */
const featuredCache = keyedMemo<ProductCardVM[]>(FIVE_MINUTES, async (lang) => {
  const [region, provinces] = await Promise.all([getRegion(), provinceNames()])
  const { products } = await sdk().store.product.list(
    { limit: 100, region_id: region.id, fields: CARD_FIELDS },
    localeHeaders(lang as Lang)
  )
  const featured = products.filter((p) => p.metadata?.featured === true)
  return (featured.length ? featured : products).slice(0, FEATURED_COUNT).map((p) => toCard(p, provinces))
})

export function listFeatured(lang: Lang): Promise<ProductCardVM[]> {
  return featuredCache.get(lang)
}

export async function getProduct(lang: Lang, handle: string): Promise<ProductDetailVM | null> {
  const [region, provinces] = await Promise.all([getRegion(), provinceNames()])
  const { products } = await sdk().store.product.list(
    { handle, limit: 1, region_id: region.id, fields: DETAIL_FIELDS },
    localeHeaders(lang)
  )
  const product = products[0]
  return product ? toDetail(product, lang, provinces) : null
}

/** At most this many products on a seller's page (one request). */
export const SHOP_PRODUCT_LIMIT = 100

/** Products by id, as cards with region prices, in the order of `ids` (a seller's page). */
export async function listProductsByIds(lang: Lang, ids: readonly string[]): Promise<ProductCardVM[]> {
  const wanted = ids.slice(0, SHOP_PRODUCT_LIMIT)
  if (!wanted.length) {
    return []
  }
  const [region, provinces] = await Promise.all([getRegion(), provinceNames()])
  const { products } = await sdk().store.product.list(
    { id: wanted, limit: wanted.length, region_id: region.id, fields: CARD_FIELDS },
    localeHeaders(lang)
  )
  const byId = new Map(products.map((p) => [p.id, p]))
  return wanted
    .map((id) => byId.get(id))
    .filter((p): p is HttpTypes.StoreProduct => p !== undefined)
    .map((p) => toCard(p, provinces))
}
