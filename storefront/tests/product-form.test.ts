import { describe, expect, it } from "vitest"
import {
  addVariantRow,
  checkProductDraft,
  draftFieldName,
  draftFromProduct,
  emptyDraft,
  intentIndex,
  MAX_VARIANTS,
  type ProductDraft,
  parsePhotoValue,
  photoFieldValue,
  readProductForm,
  removeVariantRow,
} from "~/lib/product-form"
import type { VendorProductDTO } from "~/lib/vendor-types"

const PHOTO = {
  url: "http://localhost:9000/static/p-1200.webp",
  sizes: { "320": "http://localhost:9000/static/p-320.webp", "1200": "http://localhost:9000/static/p-1200.webp" },
}

function form(fields: [string, string][]): FormData {
  const data = new FormData()
  for (const [name, value] of fields) {
    data.append(name, value)
  }
  return data
}

const honey: [string, string][] = [
  ["title.vi", "  Mật ong   rừng tràm "],
  ["title.en", "Melaleuca forest honey"],
  ["description.vi", "Dòng 1\r\nDòng 2"],
  ["category_id", "pcat_honey"],
  ["variants.0.row", "variant_1"],
  ["variants.0.id", "variant_1"],
  ["variants.0.title.vi", "Hũ 500 g"],
  ["variants.0.title.en", "500 g jar"],
  ["variants.0.price", "120.000"],
  ["variants.0.stock", "12"],
  ["variants.1.row", "new-2"],
  ["variants.1.title.vi", "Hũ 1 kg"],
  ["variants.1.price", "230000 đ"],
  ["variants.1.stock", "0"],
  ["photos", photoFieldValue(PHOTO)],
]

describe("reading the product form", () => {
  it("keeps every row as typed, in order, and the photos", () => {
    const draft = readProductForm(form(honey))
    expect(draft.title_vi).toBe("Mật ong rừng tràm")
    expect(draft.description_vi).toBe("Dòng 1\nDòng 2")
    expect(draft.variants).toEqual([
      { row: "variant_1", id: "variant_1", title_vi: "Hũ 500 g", title_en: "500 g jar", price: "120.000", stock: "12" },
      { row: "new-2", id: "", title_vi: "Hũ 1 kg", title_en: "", price: "230000 đ", stock: "0" },
    ])
    expect(draft.photos).toEqual([PHOTO])
  })

  it("turns a valid draft into the API body: integer đồng, ids kept, the first photo first", () => {
    const check = checkProductDraft(readProductForm(form(honey)))
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.input).toEqual({
      title: { vi: "Mật ong rừng tràm", en: "Melaleuca forest honey" },
      description: { vi: "Dòng 1\nDòng 2" },
      category_id: "pcat_honey",
      variants: [
        { id: "variant_1", title: { vi: "Hũ 500 g", en: "500 g jar" }, price: 120_000, stock: 12 },
        { title: { vi: "Hũ 1 kg" }, price: 230_000, stock: 0 },
      ],
      photos: [PHOTO],
    })
    expect(check.rows).toEqual([0, 1])
  })

  it("names each problem by its field, row by row", () => {
    const draft = readProductForm(
      form([
        ["title.vi", ""],
        ["variants.0.row", "new-1"],
        ["variants.0.title.vi", "Hũ 500 g"],
        ["variants.0.price", "120.5"],
        ["variants.0.stock", "many"],
        ["variants.1.row", "new-2"],
        ["variants.1.price", "50.000"],
      ])
    )
    const check = checkProductDraft(draft)
    expect(check).toEqual({
      ok: false,
      errors: {
        "title.vi": "seller.product.error.title_required",
        "variants.0.price": "seller.product.error.price_invalid",
        "variants.0.stock": "seller.product.error.stock_invalid",
        "variants.1.title.vi": "seller.product.error.variant_title_required",
        "variants.1.stock": "seller.product.error.stock_required",
      },
    })
  })

  it("skips rows left empty, but needs one variant", () => {
    const oneBlank = readProductForm(
      form([
        ["title.vi", "Khô cá lóc"],
        ["variants.0.row", "new-1"],
        ["variants.1.row", "new-2"],
        ["variants.1.title.vi", "Gói 250 g"],
        ["variants.1.price", "95.000"],
        ["variants.1.stock", "7"],
      ])
    )
    const check = checkProductDraft(oneBlank)
    expect(check.ok && check.input.variants).toEqual([{ title: { vi: "Gói 250 g" }, price: 95_000, stock: 7 }])
    // The API's "variants.0" is the form's second row.
    expect(check.ok && draftFieldName("variants.0.price", check.rows)).toBe("variants.1.price")
    expect(draftFieldName("title.vi", [1])).toBe("title.vi")

    const none = checkProductDraft({ ...emptyDraft(), title_vi: "Khô cá lóc" })
    expect(none).toEqual({ ok: false, errors: { "variants.0.title.vi": "seller.product.error.variant_needed" } })
  })
})

describe("rows and photos without JavaScript", () => {
  const draft: ProductDraft = readProductForm(form(honey))

  it("adds an empty row with a fresh key, up to the limit", () => {
    const more = addVariantRow(draft)
    expect(more.variants).toHaveLength(3)
    expect(more.variants[2]).toEqual({ row: "new-3", id: "", title_vi: "", title_en: "", price: "", stock: "" })
    expect(addVariantRow(more).variants[3]?.row).toBe("new-4")
    let full = draft
    for (let i = 0; i < MAX_VARIANTS + 3; i++) full = addVariantRow(full)
    expect(full.variants).toHaveLength(MAX_VARIANTS)
  })

  it("removes the chosen row and keeps one row at least", () => {
    expect(removeVariantRow(draft, 0).variants.map((v) => v.row)).toEqual(["new-2"])
    const last = removeVariantRow(removeVariantRow(draft, 0), 0)
    expect(last.variants).toHaveLength(1)
    expect(last.variants[0]?.title_vi).toBe("")
    expect(removeVariantRow(draft, 7)).toBe(draft)
  })

  it("reads the index of a row or photo button", () => {
    expect(intentIndex("remove_variant:2", "remove_variant")).toBe(2)
    expect(intentIndex("remove_variant:x", "remove_variant")).toBeNull()
    expect(intentIndex("remove_photo:1", "remove_variant")).toBeNull()
    expect(intentIndex(null, "remove_variant")).toBeNull()
  })

  it("accepts only http(s) photo URLs from the hidden fields", () => {
    expect(parsePhotoValue(photoFieldValue(PHOTO))).toEqual(PHOTO)
    expect(parsePhotoValue('{"url":"javascript:alert(1)","sizes":{}}')).toBeNull()
    expect(parsePhotoValue("not json")).toBeNull()
    expect(
      parsePhotoValue('{"url":"https://x.example/a.webp","sizes":{"320":"data:x","640":"https://x.example/b.webp"}}')
    ).toEqual({
      url: "https://x.example/a.webp",
      sizes: { "640": "https://x.example/b.webp" },
    })
  })
})

describe("editing a saved product", () => {
  it("shows prices the way they are typed", () => {
    const product: VendorProductDTO = {
      id: "prod_1",
      handle: "mat-ong",
      status: "draft",
      thumbnail: null,
      title: { vi: "Mật ong", en: null },
      description: null,
      category_id: null,
      variants: [{ id: "variant_1", title: { vi: "Hũ 500 g" }, price: 120_000, stock: 3 }],
      photos: [PHOTO],
    }
    const draft = draftFromProduct(product)
    expect(draft.variants).toEqual([
      { row: "variant_1", id: "variant_1", title_vi: "Hũ 500 g", title_en: "", price: "120.000", stock: "3" },
    ])
    expect(draft.title_en).toBe("")
    const check = checkProductDraft(draft)
    expect(check.ok && check.input.variants[0]).toEqual({
      id: "variant_1",
      title: { vi: "Hũ 500 g" },
      price: 120_000,
      stock: 3,
    })
  })
})
