import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../lib/seller-codes"
import { productFields, productHandle, type VendorProductInput } from "../lib/vendor-product"
import { assertUploadedPhotosStep } from "./steps/assert-uploaded-photos"
import { englishTexts } from "./steps/english-texts"
import { loadSellerContextStep } from "./steps/load-seller-context"
import { setVendorStockStep } from "./steps/set-vendor-stock"
import { upsertEnglishStep } from "./steps/upsert-english"

export interface CreateVendorProductInput {
  seller_id: string
  product: VendorProductInput
}

/** A seller lists a product: always a draft, in the store's channel, stock at its own location. */
export const createVendorProductWorkflow = createWorkflow(
  "create-vendor-product",
  (input: CreateVendorProductInput) => {
    const context = loadSellerContextStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
    assertUploadedPhotosStep(transform({ input }, ({ input }) => input.product.photos))
    const created = createProductsWorkflow.runAsStep({
      input: transform({ input, context }, ({ input, context }) => ({
        products: [
          {
            ...productFields(input.product),
            handle: productHandle(input.product.title.vi, Date.now().toString(36).slice(-5)),
            status: ProductStatus.DRAFT,
            origin_country: "vn",
            shipping_profile_id: context.shipping_profile_id,
            sales_channels: [{ id: context.sales_channel_id }],
          },
        ],
      })),
    })
    const product = transform({ created }, ({ created }) => created[0])
    createRemoteLinkStep(
      transform({ input, product }, ({ input, product }): LinkDefinition[] => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: product.id } },
      ])
    )
    upsertEnglishStep(transform({ input, product }, ({ input, product }) => englishTexts(product, input.product)))
    setVendorStockStep(
      transform({ input, product, context }, ({ input, product, context }) => ({
        location_id: context.location_id,
        product_id: product.id,
        stock: input.product.variants.map((v) => ({ title: v.title.vi, stock: v.stock })),
      }))
    )
    return new WorkflowResponse(transform({ product }, ({ product }) => ({ id: product.id })))
  }
)
