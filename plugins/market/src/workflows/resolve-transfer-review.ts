import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitFeedStep } from "./steps/emit-feed"
import { type ResolveTransferReviewInput, resolveTransferReviewStep } from "./steps/resolve-transfer-review"

/** A "cần kiểm tra" transfer: accepted as paid (with a note) or returned to the customer. */
export const resolveTransferReviewWorkflow = createWorkflow(
  "resolve-transfer-review",
  (input: ResolveTransferReviewInput) => {
    const resolved = resolveTransferReviewStep(input)
    emitFeedStep(transform({ resolved }, ({ resolved }) => ({ feed: resolved.feed, paid_request_ids: [] })))
    return new WorkflowResponse(resolved)
  }
)
