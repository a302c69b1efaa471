import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { SELLER_EVENTS, type SellerStatus } from "../lib/seller-codes"
import { changeSellerStatusStep } from "./steps/change-seller-status"
import { findSellerProductsStep } from "./steps/find-seller-products"
import { rememberHiddenProductsStep } from "./steps/remember-hidden-products"

export interface ChangeSellerStatusInput {
  seller_id: string
  status: SellerStatus
  reason?: string | null
  actor: { type: "user" | "seller" | "system"; id?: string | null }
}

/**
 * Approve, reject, suspend (or a rejected seller applying again). Suspension unpublishes the
 * seller's products at once and remembers them; approval afterwards publishes them again.
 * Orders are not touched.
 */
export const changeSellerStatusWorkflow = createWorkflow("change-seller-status", (input: ChangeSellerStatusInput) => {
  const changed = changeSellerStatusStep(
    transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      to: input.status,
      reason: input.reason,
      actor: input.actor,
    }))
  )
  const products = findSellerProductsStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))

  when("seller-suspended", { changed }, ({ changed }) => changed.to === "suspended").then(() => {
    rememberHiddenProductsStep(
      transform({ input, products }, ({ input, products }) => ({
        seller_id: input.seller_id,
        product_ids: products.published,
      }))
    )
  })
  when(
    "seller-suspended-had-published",
    { changed, products },
    ({ changed, products }) => changed.to === "suspended" && products.published.length > 0
  ).then(() => {
    updateProductsWorkflow
      .runAsStep({
        input: transform({ products }, ({ products }) => ({
          selector: { id: products.published },
          update: { status: ProductStatus.DRAFT },
        })),
      })
      .config({ name: "hide-seller-products" })
  })

  when("seller-approved", { changed }, ({ changed }) => changed.to === "approved").then(() => {
    rememberHiddenProductsStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_ids: null }))
    ).config({ name: "forget-hidden-products" })
  })
  when(
    "seller-approved-had-hidden",
    { changed, products },
    ({ changed, products }) => changed.to === "approved" && products.hidden.length > 0
  ).then(() => {
    updateProductsWorkflow
      .runAsStep({
        input: transform({ products }, ({ products }) => ({
          selector: { id: products.hidden },
          update: { status: ProductStatus.PUBLISHED },
        })),
      })
      .config({ name: "show-seller-products" })
  })

  emitEventStep({
    eventName: SELLER_EVENTS.statusChanged,
    data: transform({ changed }, ({ changed }) => ({
      id: changed.id,
      from: changed.from,
      to: changed.to,
      reason: changed.reason,
    })),
  })
  return new WorkflowResponse(changed)
})
