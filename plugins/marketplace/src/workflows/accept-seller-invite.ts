import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { SELLER_ACTOR } from "../lib/seller-codes"
import { acceptSellerInviteStep } from "./steps/accept-seller-invite"
import { findAuthEmailStep } from "./steps/find-auth-email"

/** The invited person, signed up with the invited e-mail, becomes a staff member of the seller. */
export const acceptSellerInviteWorkflow = createWorkflow(
  "accept-seller-invite",
  (input: { auth_identity_id: string; token: string; name: string }) => {
    const email = findAuthEmailStep({ auth_identity_id: input.auth_identity_id })
    const member = acceptSellerInviteStep(
      transform({ input, email }, ({ input, email }) => ({ token: input.token, email, name: input.name }))
    )
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: SELLER_ACTOR,
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
