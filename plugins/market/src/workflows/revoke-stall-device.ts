import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeStallDeviceStep } from "./steps/revoke-stall-device"

export const revokeStallDeviceWorkflow = createWorkflow(
  "revoke-stall-device",
  (input: { id: string; stall_id?: string; seller_id?: string; by: string }) =>
    new WorkflowResponse(revokeStallDeviceStep(input))
)
