import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SELLER_EVENTS } from "../lib/seller-codes"
import { bindSellerLoginStep } from "./steps/bind-seller-login"
import { type RemoveSellerMemberInput, removeSellerMemberStep } from "./steps/remove-seller-member"

/**
 * An owner takes a staff member off the seller: the member row goes (its next /vendor call is a
 * 401), its sign-in is unbound from the seller (the person may be invited or register again), and
 * `seller.member_removed` lets other plugins act (the market signs out the member's stall phones).
 */
export const removeSellerMemberWorkflow = createWorkflow("remove-seller-member", (input: RemoveSellerMemberInput) => {
  const removed = removeSellerMemberStep(input)
  when({ removed }, ({ removed }) => removed.auth_identity_id !== null).then(() => {
    bindSellerLoginStep(
      transform({ removed }, ({ removed }) => ({
        auth_identity_id: removed.auth_identity_id as string,
        member_id: null,
      }))
    )
  })
  emitEventStep({
    eventName: SELLER_EVENTS.memberRemoved,
    data: transform({ removed }, ({ removed }) => ({ id: removed.id, seller_id: removed.seller_id })),
  })
  return new WorkflowResponse(removed)
})
