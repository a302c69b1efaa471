/** View models of the seller channel's pages (kept small: they are inlined in the HTML). */
import type { Lang } from "./i18n"
import { LOW_STOCK } from "./product-form"
import type { ProductStatus, VendorProductDTO } from "./vendor-types"

export interface ProductRowVM {
  id: string
  title: string
  status: ProductStatus
  thumbnail: string | null
  variants: { title: string; price: number; stock: number; low: boolean }[]
}

/** The text in the page's language, Vietnamese when there is no English one. */
export function localized(text: { vi?: string | null; en?: string | null } | null | undefined, lang: Lang): string {
  return (lang === "en" ? text?.en || text?.vi : text?.vi) || ""
}

/** A product of the dashboard's list; variants at or below LOW_STOCK are flagged. */
export function toProductRow(product: VendorProductDTO, lang: Lang): ProductRowVM {
  return {
    id: product.id,
    title: localized(product.title, lang) || product.handle,
    status: product.status,
    thumbnail: product.photos?.[0]?.sizes?.["320"] ?? product.thumbnail ?? null,
    variants: (product.variants ?? []).map((variant) => ({
      title: localized(variant.title, lang),
      price: variant.price,
      stock: variant.stock,
      low: variant.stock <= LOW_STOCK,
    })),
  }
}
