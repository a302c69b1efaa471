import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellerMaySellStep, loadSellerContextStep } from "./steps/load-seller-context"

/** Shows a product to shoppers (only for an approved seller) or takes it down (always allowed). */
export const publishVendorProductWorkflow = createWorkflow(
  "publish-vendor-product",
  (input: { seller_id: string; product_id: string; published: boolean }) => {
    const context = loadSellerContextStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_id: input.product_id }))
    )
    when("publishing", { input }, ({ input }) => input.published).then(() => {
      assertSellerMaySellStep(context)
    })
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: { status: input.published ? ProductStatus.PUBLISHED : ProductStatus.DRAFT },
      })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
