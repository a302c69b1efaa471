import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PACK_OPTION, productFields, type VendorProductInput } from "../lib/vendor-product"
import { assertOwnVariantsStep } from "./steps/assert-own-variants"
import { englishTexts } from "./steps/english-texts"
import { loadSellerContextStep } from "./steps/load-seller-context"
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
    assertOwnVariantsStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        variant_ids: input.product.variants.flatMap((v) => (v.id ? [v.id] : [])),
      }))
    )
    // The pack option is updated in place (by id): a second "Quy cách" option would orphan the variants.
    const { data: current } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.title"],
      filters: transform({ input }, ({ input }) => ({ id: input.product_id })),
    }).config({ name: "load-vendor-product-options" })
    updateProductsWorkflow.runAsStep({
      input: transform({ input, current }, ({ input, current }) => {
        const fields = productFields(input.product)
        const option = (current[0]?.options ?? []).find((o: { title: string } | null) => o?.title === PACK_OPTION)
        return {
          selector: { id: input.product_id },
          update: { ...fields, options: fields.options.map((o) => ({ ...o, ...(option ? { id: option.id } : {}) })) },
        }
      }),
    })
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
