import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ClosePaymentRequestsInput, closePaymentRequestsStep } from "./steps/close-payment-requests"
import { emitFeedStep } from "./steps/emit-feed"

/** A vendor cancels a pending request, or the job expires those past their time. */
export const closePaymentRequestsWorkflow = createWorkflow(
  "close-stall-payment-requests",
  (input: ClosePaymentRequestsInput) => {
    const closed = closePaymentRequestsStep(input)
    emitFeedStep(transform({ closed }, ({ closed }) => ({ feed: closed.feed, paid_request_ids: [] })))
    return new WorkflowResponse(closed)
  }
)
