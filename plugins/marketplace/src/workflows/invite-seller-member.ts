import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { SELLER_EVENTS } from "../lib/seller-codes"
import { createSellerInviteStep } from "./steps/create-seller-invite"

/** An owner invites a staff member by e-mail; the message carries a one-time link. */
export const inviteSellerMemberWorkflow = createWorkflow(
  "invite-seller-member",
  (input: { seller_id: string; email: string }) => {
    const created = createSellerInviteStep(input)
    sendNotificationsStep(
      transform({ created }, ({ created }) => [
        {
          to: created.invite.email,
          channel: "email",
          template: "seller-invite",
          data: { ...created.message },
        },
      ])
    )
    emitEventStep({
      eventName: SELLER_EVENTS.memberInvited,
      data: transform({ input, created }, ({ input, created }) => ({
        id: created.invite.id,
        seller_id: input.seller_id,
        email: created.invite.email,
      })),
    })
    return new WorkflowResponse(transform({ created }, ({ created }) => created.invite))
  }
)
