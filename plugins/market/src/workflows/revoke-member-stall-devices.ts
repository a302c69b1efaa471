import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeMemberDevicesStep } from "./steps/revoke-member-devices"

/** A member who left the seller: its stall phones stop working on their next request. */
export const revokeMemberStallDevicesWorkflow = createWorkflow(
  "revoke-member-stall-devices",
  (input: { member_id: string; seller_id: string }) => new WorkflowResponse(revokeMemberDevicesStep(input))
)
