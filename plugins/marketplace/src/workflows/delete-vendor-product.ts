import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { loadSellerContextStep } from "./steps/load-seller-context"

/** A seller removes its product (orders keep their copy of the line). */
export const deleteVendorProductWorkflow = createWorkflow(
  "delete-vendor-product",
  (input: { seller_id: string; product_id: string }) => {
    loadSellerContextStep(input)
    deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
