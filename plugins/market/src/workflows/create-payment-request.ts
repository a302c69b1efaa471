import type { PaymentRail } from "@choso/market-rules"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createPaymentRequestStep } from "./steps/create-payment-request"
import { loadStallForPaymentStep } from "./steps/load-stall-for-payment"
import { startVNPayAttemptStep } from "./steps/run-vnpay-workflow"
import { setRequestQrStep } from "./steps/set-request-qr"

export interface CreatePaymentRequestWorkflowInput {
  stall_id: string
  amount: number
  rail: PaymentRail
  created_by?: string | null
  device_id?: string | null
  ip?: string
}

/**
 * A vendor asks for an amount: the request with its reference, and its QR — a VietQR to the
 * stall's own account, or a VNPay payment URL recorded in @choso/payment-vnpay's attempt ledger
 * (TxnRef = the reference). If the VNPay part fails, the request is removed again.
 */
export const createPaymentRequestWorkflow = createWorkflow(
  "create-stall-payment-request",
  (input: CreatePaymentRequestWorkflowInput) => {
    const stall = loadStallForPaymentStep(
      transform({ input }, ({ input }) => ({ stall_id: input.stall_id, amount: input.amount, rail: input.rail }))
    )
    const created = createPaymentRequestStep(
      transform({ input, stall }, ({ input, stall }) => ({
        stall,
        amount: input.amount,
        rail: input.rail,
        created_by: input.created_by ?? null,
        device_id: input.device_id ?? null,
      }))
    )
    const withUrl = when("stall-request-by-vnpay", { input }, ({ input }) => input.rail === "vnpay").then(() => {
      const attempt = startVNPayAttemptStep(
        transform({ created, input }, ({ created, input }) => ({
          resource_id: created.id,
          txn_ref: created.reference,
          amount: created.amount,
          order_info: `Thanh toan quay cho ${created.reference}`,
          ip: input.ip,
        }))
      )
      return setRequestQrStep(
        transform({ created, attempt }, ({ created, attempt }) => ({
          id: created.id,
          qr_payload: attempt.payment_url,
          expires_at: attempt.expires_at,
        }))
      )
    })
    const request = transform({ created, withUrl }, ({ created, withUrl }) => withUrl ?? created)
    return new WorkflowResponse(request)
  }
)
