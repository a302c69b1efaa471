import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VNPayPurpose } from "../lib/constants"
import { createVNPayAttemptStep } from "./steps/create-vnpay-attempt"

export interface StartVNPayPaymentInput {
  purpose: Exclude<VNPayPurpose, "cart">
  resource_id: string
  /** Globally unique; the owner's own reference (a stall request's "CS…"). */
  txn_ref: string
  amount: number
  order_info: string
  locale?: "vn" | "en"
  ip?: string
}

/**
 * A VNPay payment for something other than a cart (a stall's payment request): the attempt is
 * recorded in this plugin's ledger with its signed URL, shares the one IPN URL, and its verified
 * success is handed to the owner by VNPAY_PURPOSE_PAID_EVENT.
 */
export const startVNPayPaymentWorkflow = createWorkflow("start-vnpay-payment", (input: StartVNPayPaymentInput) => {
  const attempt = createVNPayAttemptStep(
    transform({ input }, ({ input }) => ({
      purpose: input.purpose,
      resource_id: input.resource_id,
      txn_ref: input.txn_ref,
      order_info: input.order_info,
      amount: input.amount,
      locale: input.locale ?? ("vn" as const),
      ip: input.ip || "127.0.0.1",
    }))
  )
  return new WorkflowResponse(attempt)
})
