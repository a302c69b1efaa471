import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptSellerInviteStep } from "./steps/accept-seller-invite"
import { bindSellerLoginStep } from "./steps/bind-seller-login"
import { findAuthEmailStep } from "./steps/find-auth-email"

/** The invited person, signed up with the invited e-mail, becomes a staff member of the seller. */
export const acceptSellerInviteWorkflow = createWorkflow(
  "accept-seller-invite",
  (input: { auth_identity_id: string; token: string; name: string }) => {
    const email = findAuthEmailStep({ auth_identity_id: input.auth_identity_id })
    const member = acceptSellerInviteStep(
      transform({ input, email }, ({ input, email }) => ({ token: input.token, email, name: input.name }))
    )
    bindSellerLoginStep(
      transform({ input, member }, ({ input, member }) => ({
        auth_identity_id: input.auth_identity_id,
        member_id: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
