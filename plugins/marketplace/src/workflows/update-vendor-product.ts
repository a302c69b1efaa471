import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsDefaultInventoryStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { packChanges, productFields, type VendorProductInput } from "../lib/vendor-product"
import { assertOwnVariantsStep } from "./steps/assert-own-variants"
import { assertUploadedPhotosStep } from "./steps/assert-uploaded-photos"
import { englishTexts } from "./steps/english-texts"
import { loadSellerContextStep } from "./steps/load-seller-context"
import { setPackValuesStep } from "./steps/set-pack-values"
import { setVendorStockStep } from "./steps/set-vendor-stock"
import { upsertEnglishStep } from "./steps/upsert-english"

export interface UpdateVendorProductInput {
  seller_id: string
  product_id: string
  product: VendorProductInput
}

/** A seller edits its product: texts, photos, variants (missing ones are removed), prices, stock. */
export const updateVendorProductWorkflow = createWorkflow(
  "update-vendor-product",
  (input: UpdateVendorProductInput) => {
    const context = loadSellerContextStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_id: input.product_id }))
    )
    assertUploadedPhotosStep(transform({ input }, ({ input }) => input.product.photos))
    assertOwnVariantsStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        variant_ids: input.product.variants.flatMap((v) => (v.id ? [v.id] : [])),
      }))
    )
    // Medusa 2.21 shares option values: new pack sizes are linked to the product before the
    // variants that use them, and sizes no longer sold are unlinked after.
    const { data: current } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.title", "options.values.id", "options.values.value"],
      filters: transform({ input }, ({ input }) => ({ id: input.product_id })),
    }).config({ name: "load-vendor-product-options" })
    const packs = transform({ input, current }, ({ input, current }) => packChanges(current[0], input.product))
    setPackValuesStep(
      transform({ input, packs }, ({ input, packs }) => ({
        product_id: input.product_id,
        option_id: packs.option_id,
        add: packs.add,
      }))
    ).config({ name: "link-vendor-pack-sizes" })
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => {
        const { options: _options, ...fields } = productFields(input.product)
        return { selector: { id: input.product_id }, update: fields }
      }),
    })
    setPackValuesStep(
      transform({ input, packs }, ({ input, packs }) => ({
        product_id: input.product_id,
        option_id: packs.option_id,
        remove: packs.remove,
      }))
    ).config({ name: "unlink-vendor-pack-sizes" })
    // updateProductsWorkflow makes inventory items only for variants it was given ids of: the new
    // pack sizes get theirs here, so they can hold stock and be bought.
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id"],
      filters: transform({ input }, ({ input }) => ({ product_id: input.product_id })),
    }).config({ name: "load-vendor-variants" })
    createProductVariantsDefaultInventoryStep(
      transform({ variants }, ({ variants }) => ({ variantIds: variants.map((v: { id: string }) => v.id) }))
    )
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "variants.id", "variants.title"],
      filters: transform({ input }, ({ input }) => ({ id: input.product_id })),
    }).config({ name: "reload-vendor-product" })
    upsertEnglishStep(transform({ input, products }, ({ input, products }) => englishTexts(products[0], input.product)))
    setVendorStockStep(
      transform({ input, context }, ({ input, context }) => ({
        location_id: context.location_id,
        product_id: input.product_id,
        stock: input.product.variants.map((v) => ({ title: v.title.vi, stock: v.stock })),
      }))
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
