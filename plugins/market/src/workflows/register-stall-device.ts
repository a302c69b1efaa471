import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RegisterStallDeviceInput, registerStallDeviceStep } from "./steps/register-stall-device"

/** Signs a phone in to the vendor screen, for good (until it is signed out). */
export const registerStallDeviceWorkflow = createWorkflow(
  "register-stall-device",
  (input: RegisterStallDeviceInput) => new WorkflowResponse(registerStallDeviceStep(input))
)
