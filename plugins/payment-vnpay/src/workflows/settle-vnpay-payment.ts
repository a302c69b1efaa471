import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { PaymentActions } from "@medusajs/framework/utils"
import { recordVNPayOutcomeStep, type VNPayOutcomeInput } from "./steps/record-vnpay-outcome"

/**
 * Settles one verified VNPay outcome: records it, and for a paid one runs Medusa's
 * processPaymentWorkflow (authorize via querydr, capture, complete the cart into an order).
 * If that fails, the record is removed again so VNPay's retry can settle it.
 */
export const settleVNPayPaymentWorkflow = createWorkflow("settle-vnpay-payment", (input: VNPayOutcomeInput) => {
  const recorded = recordVNPayOutcomeStep(input)
  when("vnpay-paid", { input }, ({ input }) => input.status === "paid").then(() => {
    const paymentInput = transform({ input }, ({ input }) => ({
      action: PaymentActions.SUCCESSFUL,
      data: { session_id: input.payment_session_id, amount: input.amount },
    }))
    processPaymentWorkflow.runAsStep({ input: paymentInput })
  })
  return new WorkflowResponse(recorded)
})
