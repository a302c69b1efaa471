/**
 * The seller's product form: its field names (the API's, dotted: "title.vi", "variants.0.price"),
 * reading FormData into a draft that keeps what was typed, the no-JavaScript row and photo
 * buttons, and checking a draft into the body of `POST /vendor/products`. Pure code.
 */
import type { MessageKey } from "./i18n"
import { formatVndInput, parseCountInput, parseVndInput } from "./money"
import type { PhotoDTO, VendorProductDTO, VendorProductInput, VendorVariantInput } from "./vendor-types"

export const MAX_VARIANTS = 20
export const MAX_PHOTOS = 8
export const MAX_TITLE = 200
export const MAX_DESCRIPTION = 5000
/** At or below this stock a variant is highlighted on the dashboard. */
export const LOW_STOCK = 5

export type VariantPart = "id" | "row" | "title.vi" | "title.en" | "price" | "stock"

/** "variants.2.price" */
export function variantField(index: number, part: VariantPart): string {
  return `variants.${index}.${part}`
}

export const PRODUCT_FIELDS = {
  titleVi: "title.vi",
  titleEn: "title.en",
  descriptionVi: "description.vi",
  descriptionEn: "description.en",
  category: "category_id",
  photos: "photos",
} as const

/** One variant row as typed. `row` is a stable key for the row (its id, or "new-N"). */
export interface VariantRow {
  row: string
  id: string
  title_vi: string
  title_en: string
  price: string
  stock: string
}

export type PhotoValue = Pick<PhotoDTO, "url" | "sizes">

export interface ProductDraft {
  title_vi: string
  title_en: string
  description_vi: string
  description_en: string
  category_id: string
  variants: VariantRow[]
  photos: PhotoValue[]
}

type Source = FormData | URLSearchParams

function line(form: Source, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : ""
}

function paragraphs(form: Source, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : ""
}

function emptyRow(row: string): VariantRow {
  return { row, id: "", title_vi: "", title_en: "", price: "", stock: "" }
}

export function emptyDraft(): ProductDraft {
  return {
    title_vi: "",
    title_en: "",
    description_vi: "",
    description_en: "",
    category_id: "",
    variants: [emptyRow("new-1")],
    photos: [],
  }
}

/** A photo from its hidden field (JSON of `{ url, sizes }`); null when it is not one. */
export function parsePhotoValue(raw: unknown): PhotoValue | null {
  if (typeof raw !== "string" || raw.length > 4000) {
    return null
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!value || typeof value !== "object") {
    return null
  }
  const { url, sizes } = value as { url?: unknown; sizes?: unknown }
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
    return null
  }
  const cleanSizes: Record<string, string> = {}
  if (sizes && typeof sizes === "object" && !Array.isArray(sizes)) {
    for (const [width, sizeUrl] of Object.entries(sizes)) {
      if (/^\d{2,4}$/.test(width) && typeof sizeUrl === "string" && /^https?:\/\//.test(sizeUrl)) {
        cleanSizes[width] = sizeUrl
      }
    }
  }
  return { url, sizes: cleanSizes }
}

export function photoFieldValue(photo: PhotoValue): string {
  return JSON.stringify({ url: photo.url, sizes: photo.sizes })
}

/** Reads the form (every row the page showed, in order; at most MAX_VARIANTS). */
export function readProductForm(form: Source): ProductDraft {
  const variants: VariantRow[] = []
  for (let index = 0; index < MAX_VARIANTS; index++) {
    const row = line(form, variantField(index, "row"))
    if (!row) {
      break
    }
    variants.push({
      row,
      id: line(form, variantField(index, "id")),
      title_vi: line(form, variantField(index, "title.vi")),
      title_en: line(form, variantField(index, "title.en")),
      price: line(form, variantField(index, "price")),
      stock: line(form, variantField(index, "stock")),
    })
  }
  const photos = form
    .getAll(PRODUCT_FIELDS.photos)
    .map(parsePhotoValue)
    .filter((photo): photo is PhotoValue => photo !== null)
    .slice(0, MAX_PHOTOS)
  return {
    title_vi: line(form, PRODUCT_FIELDS.titleVi),
    title_en: line(form, PRODUCT_FIELDS.titleEn),
    description_vi: paragraphs(form, PRODUCT_FIELDS.descriptionVi),
    description_en: paragraphs(form, PRODUCT_FIELDS.descriptionEn),
    category_id: line(form, PRODUCT_FIELDS.category),
    variants: variants.length ? variants : [emptyRow("new-1")],
    photos,
  }
}

/** The product as the form shows it for editing. */
export function draftFromProduct(product: VendorProductDTO): ProductDraft {
  return {
    title_vi: product.title?.vi ?? "",
    title_en: product.title?.en ?? "",
    description_vi: product.description?.vi ?? "",
    description_en: product.description?.en ?? "",
    category_id: product.category_id ?? "",
    variants: product.variants.length
      ? product.variants.map((variant) => ({
          row: variant.id,
          id: variant.id,
          title_vi: variant.title?.vi ?? "",
          title_en: variant.title?.en ?? "",
          price: formatVndInput(variant.price),
          stock: String(variant.stock ?? 0),
        }))
      : [emptyRow("new-1")],
    photos: (product.photos ?? []).map((photo) => ({ url: photo.url, sizes: photo.sizes ?? {} })),
  }
}

function nextRowKey(draft: ProductDraft): string {
  const numbers = draft.variants
    .map((variant) => /^new-(\d+)$/.exec(variant.row)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
  return `new-${Math.max(0, ...numbers) + 1}`
}

/** The "add a row" button (no JavaScript needed: the action answers with one row more). */
export function addVariantRow(draft: ProductDraft): ProductDraft {
  if (draft.variants.length >= MAX_VARIANTS) {
    return draft
  }
  return { ...draft, variants: [...draft.variants, emptyRow(nextRowKey(draft))] }
}

/** The row's "remove" button; the last row stays (emptied). */
export function removeVariantRow(draft: ProductDraft, index: number): ProductDraft {
  if (index < 0 || index >= draft.variants.length) {
    return draft
  }
  const variants = draft.variants.filter((_, i) => i !== index)
  return { ...draft, variants: variants.length ? variants : [emptyRow(nextRowKey(draft))] }
}

export function removePhoto(draft: ProductDraft, index: number): ProductDraft {
  return { ...draft, photos: draft.photos.filter((_, i) => i !== index) }
}

export function addPhoto(draft: ProductDraft, photo: PhotoValue): ProductDraft {
  return { ...draft, photos: [...draft.photos, photo].slice(0, MAX_PHOTOS) }
}

/** "remove_variant:2" → 2 */
export function intentIndex(intent: unknown, name: string): number | null {
  if (typeof intent !== "string" || !intent.startsWith(`${name}:`)) {
    return null
  }
  const rest = intent.slice(name.length + 1)
  return /^\d{1,2}$/.test(rest) ? Number(rest) : null
}

function isBlankRow(row: VariantRow): boolean {
  return !row.id && !row.title_vi && !row.title_en && !row.price && !row.stock
}

export type ProductErrors = Record<string, MessageKey>

export type ProductCheck =
  | {
      ok: true
      input: VendorProductInput
      /** For each variant of the input, the index of its row in the draft (blank rows are skipped). */
      rows: number[]
    }
  | { ok: false; errors: ProductErrors }

/**
 * The body of `POST /vendor/products` from a draft, or the problems by field name. Rows left
 * completely empty are skipped; at least one variant is needed.
 */
export function checkProductDraft(draft: ProductDraft): ProductCheck {
  const errors: ProductErrors = {}
  if (!draft.title_vi) {
    errors[PRODUCT_FIELDS.titleVi] = "seller.product.error.title_required"
  } else if (draft.title_vi.length > MAX_TITLE) {
    errors[PRODUCT_FIELDS.titleVi] = "seller.error.too_long"
  }
  if (draft.title_en.length > MAX_TITLE) {
    errors[PRODUCT_FIELDS.titleEn] = "seller.error.too_long"
  }
  if (draft.description_vi.length > MAX_DESCRIPTION) {
    errors[PRODUCT_FIELDS.descriptionVi] = "seller.error.too_long"
  }
  if (draft.description_en.length > MAX_DESCRIPTION) {
    errors[PRODUCT_FIELDS.descriptionEn] = "seller.error.too_long"
  }
  const variants: VendorVariantInput[] = []
  const rows: number[] = []
  draft.variants.forEach((row, index) => {
    if (isBlankRow(row)) {
      return
    }
    const price = parseVndInput(row.price)
    const stock = parseCountInput(row.stock)
    if (!row.title_vi) {
      errors[variantField(index, "title.vi")] = "seller.product.error.variant_title_required"
    } else if (row.title_vi.length > MAX_TITLE) {
      errors[variantField(index, "title.vi")] = "seller.error.too_long"
    }
    if (!row.price) {
      errors[variantField(index, "price")] = "seller.product.error.price_required"
    } else if (price === null) {
      errors[variantField(index, "price")] = "seller.product.error.price_invalid"
    }
    if (!row.stock) {
      errors[variantField(index, "stock")] = "seller.product.error.stock_required"
    } else if (stock === null) {
      errors[variantField(index, "stock")] = "seller.product.error.stock_invalid"
    }
    if (price !== null && stock !== null && row.title_vi) {
      variants.push({
        ...(row.id ? { id: row.id } : {}),
        title: { vi: row.title_vi, ...(row.title_en ? { en: row.title_en } : {}) },
        price,
        stock,
      })
      rows.push(index)
    }
  })
  if (draft.variants.every(isBlankRow)) {
    errors[variantField(0, "title.vi")] = "seller.product.error.variant_needed"
  }
  if (Object.keys(errors).length) {
    return { ok: false, errors }
  }
  const description = {
    ...(draft.description_vi ? { vi: draft.description_vi } : {}),
    ...(draft.description_en ? { en: draft.description_en } : {}),
  }
  return {
    ok: true,
    input: {
      title: { vi: draft.title_vi, ...(draft.title_en ? { en: draft.title_en } : {}) },
      ...(Object.keys(description).length ? { description } : {}),
      ...(draft.category_id ? { category_id: draft.category_id } : {}),
      variants,
      photos: draft.photos.map((photo) => ({ url: photo.url, sizes: photo.sizes })),
    },
    rows,
  }
}

/** The API's "variants.1.price" names the input's second variant: the form's field of that row. */
export function draftFieldName(apiField: string, rows: readonly number[]): string {
  const found = /^variants\.(\d+)\.(.+)$/.exec(apiField)
  if (!found?.[1] || found[2] === undefined) {
    return apiField
  }
  const row = rows[Number(found[1])]
  return row === undefined ? apiField : `variants.${row}.${found[2]}`
}

/** Every form field of a draft, in page order (for the error summary and the API's issues). */
export function productFieldNames(draft: ProductDraft): string[] {
  return [
    PRODUCT_FIELDS.titleVi,
    PRODUCT_FIELDS.titleEn,
    PRODUCT_FIELDS.descriptionVi,
    PRODUCT_FIELDS.descriptionEn,
    PRODUCT_FIELDS.category,
    ...draft.variants.flatMap((_, index) =>
      (["title.vi", "title.en", "price", "stock"] as const).map((part) => variantField(index, part))
    ),
    PRODUCT_FIELDS.photos,
  ]
}
