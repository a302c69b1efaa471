import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../lib/seller-codes"

/** Makes existing products a seller's (the seed's producers, an operator's catalogue import). */
export const assignProductsToSellerWorkflow = createWorkflow(
  "assign-products-to-seller",
  (input: { seller_id: string; product_ids: string[] }) => {
    const links = createRemoteLinkStep(
      transform({ input }, ({ input }): LinkDefinition[] =>
        input.product_ids.map((product_id) => ({
          [SELLER_MODULE]: { seller_id: input.seller_id },
          [Modules.PRODUCT]: { product_id },
        }))
      )
    )
    return new WorkflowResponse(links)
  }
)
