import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VNPayPurpose } from "../lib/constants"
import { markVNPayAttemptFulfilledStep } from "./steps/mark-vnpay-attempt-fulfilled"

/** Called by a purpose's owner (the market plugin) after it recorded the payment. */
export const markVNPayAttemptFulfilledWorkflow = createWorkflow(
  "mark-vnpay-attempt-fulfilled",
  (input: { txn_ref: string; purpose: VNPayPurpose; detail?: Record<string, unknown> }) =>
    new WorkflowResponse(markVNPayAttemptFulfilledStep(input))
)
