import type { VendorProductInput } from "../../lib/vendor-product"
import type { EnglishText } from "./upsert-english"

/** The English texts of a seller's product and of its variants (matched by their Vietnamese label). */
export function englishTexts(
  product: { id: string; variants?: { id: string; title: string | null }[] | null },
  input: VendorProductInput
): EnglishText[] {
  const english = input.variants.map((v) => [v.title.vi.trim(), v.title.en ?? null] as const)
  const byLabel = new Map(english)
  return [
    {
      reference: "product",
      reference_id: product.id,
      translations: { title: input.title.en ?? null, description: input.description?.en ?? null },
    },
    ...(product.variants ?? []).map(
      (v): EnglishText => ({
        reference: "product_variant",
        reference_id: v.id,
        translations: { title: byLabel.get(v.title ?? "") ?? null },
      })
    ),
  ]
}
