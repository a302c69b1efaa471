import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { confirmVNPayRequestStep } from "./steps/confirm-vnpay-request"
import { emitFeedStep } from "./steps/emit-feed"
import { markVNPayAttemptFulfilledStep } from "./steps/run-vnpay-workflow"

export interface ConfirmVNPayStallPaymentInput {
  txn_ref: string
  amount: number
  transaction_no: string | null
}

/**
 * VNPay's verified IPN (handed over by @choso/payment-vnpay) pays a stall's request; then the
 * attempt is marked fulfilled so the VNPay job stops handing it over. Repeats change nothing.
 */
export const confirmVNPayStallPaymentWorkflow = createWorkflow(
  "confirm-vnpay-stall-payment",
  (input: ConfirmVNPayStallPaymentInput) => {
    const confirmed = confirmVNPayRequestStep(input)
    emitFeedStep(
      transform({ confirmed }, ({ confirmed }) => ({
        feed: confirmed.feed,
        paid_request_ids: confirmed.paid_request_id ? [confirmed.paid_request_id] : [],
      }))
    )
    when("vnpay-stall-request-recorded", { confirmed }, ({ confirmed }) => confirmed.found).then(() => {
      markVNPayAttemptFulfilledStep(
        transform({ input, confirmed }, ({ input, confirmed }) => ({
          txn_ref: input.txn_ref,
          detail: { stall_request_status: confirmed.status },
        }))
      )
    })
    return new WorkflowResponse(confirmed)
  }
)
