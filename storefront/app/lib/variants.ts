import type { VariantVM } from "./types"

/** The variant named in `?variant=`, else the first one in stock, else the first one. */
export function selectVariant(variants: VariantVM[], requested: string | null): VariantVM | undefined {
  return (
    variants.find((v) => v.id === requested) ?? variants.find((v) => v.stock === null || v.stock > 0) ?? variants[0]
  )
}

export function isSoldOut(variant: VariantVM | undefined): boolean {
  return !variant || variant.stock === 0
}
