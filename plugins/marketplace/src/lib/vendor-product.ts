import { handleFrom } from "./seller-rules"

export const CURRENCY = "vnd"
/** The one product option of a seller's product: its pack size ("500 g", "Hộp 10 gói"). */
export const PACK_OPTION = "Quy cách"
export { LOW_STOCK } from "@choso/seller-rules"

export interface Localized {
  vi: string
  en?: string | null
}

export interface VendorPhoto {
  url: string
  sizes: Record<string, string>
}

export interface VendorVariantInput {
  id?: string
  title: Localized
  price: number
  stock: number
  sku?: string | null
}

export interface VendorProductInput {
  title: Localized
  description?: { vi?: string | null; en?: string | null } | null
  category_id?: string | null
  variants: VendorVariantInput[]
  photos: VendorPhoto[]
}

/** Medusa product fields for a seller's product (prices in đồng, one "Quy cách" option). */
export function productFields(input: VendorProductInput) {
  const [cover] = input.photos
  const labels = input.variants.map((v) => v.title.vi.trim())
  return {
    title: input.title.vi.trim(),
    description: input.description?.vi?.trim() || null,
    thumbnail: cover ? (cover.sizes["640"] ?? cover.url) : null,
    images: input.photos.map((p) => ({ url: p.url })),
    category_ids: input.category_id ? [input.category_id] : [],
    metadata: { image_sizes: cover?.sizes ?? null, photos: input.photos },
    options: [{ title: PACK_OPTION, values: labels }],
    variants: input.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      title: v.title.vi.trim(),
      ...(v.sku ? { sku: v.sku } : {}),
      manage_inventory: true,
      options: { [PACK_OPTION]: v.title.vi.trim() },
      prices: [{ amount: v.price, currency_code: CURRENCY }],
    })),
  }
}

/** A readable, unique product handle: "rau-muong-sach-k3f9". */
export function productHandle(title: string, unique: string): string {
  return `${handleFrom(title) || "san-pham"}-${unique}`
}

/** Pack labels must differ: they are the values of the product's one option. */
export function duplicateLabels(variants: VendorVariantInput[]): string[] {
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const v of variants) {
    const label = v.title.vi.trim().toLowerCase()
    if (seen.has(label)) dupes.add(v.title.vi.trim())
    seen.add(label)
  }
  return [...dupes]
}

interface ProductOptions {
  options?: ({ id: string; title: string; values?: ({ id: string; value: string } | null)[] | null } | null)[] | null
}

/** Which pack sizes to link to the product before its variants change, and which to unlink after. */
export function packChanges(product: ProductOptions | undefined, input: VendorProductInput) {
  const option = (product?.options ?? []).find((o) => o?.title === PACK_OPTION) ?? null
  const linked = (option?.values ?? []).filter((v): v is { id: string; value: string } => !!v)
  const wanted = new Set(input.variants.map((v) => v.title.vi.trim()))
  return {
    option_id: option?.id ?? null,
    add: option ? [...wanted].filter((label) => !linked.some((v) => v.value === label)) : [],
    remove: linked.filter((v) => !wanted.has(v.value)).map((v) => v.id),
  }
}
