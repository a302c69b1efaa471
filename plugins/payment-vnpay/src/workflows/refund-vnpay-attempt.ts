import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { VNPAY_ATTEMPT_ATTENTION_EVENT } from "../lib/constants"
import { advanceVNPayRefundStep } from "./steps/advance-vnpay-refund"
import { beginVNPayRefundStep } from "./steps/begin-vnpay-refund"

export interface RefundVNPayAttemptInput {
  attempt_id: string
  /** Set when the refund is decided now (cart_changed, out_of_stock…); omitted to advance one in progress. */
  reason?: string
  detail?: string
}

/**
 * Gives a verified payment back through VNPay's refund API, idempotently; the operator is told.
 * One run at a time per attempt: the payment's own run and the reconciliation job may both
 * advance the same refund, and a second request while VNPay processes the first is refused (94),
 * which must not read as a failed refund. The later run waits, then finds the request made.
 */
export const refundVNPayAttemptWorkflow = createWorkflow("refund-vnpay-attempt", (input: RefundVNPayAttemptInput) => {
  const lockKey = transform({ input }, ({ input }) => `vnpay-refund:${input.attempt_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const pursue = beginVNPayRefundStep(input)
  const status = when("vnpay-refund-pursue", { pursue }, ({ pursue }) => pursue).then(() =>
    advanceVNPayRefundStep(input)
  )
  when("vnpay-refund-news", { input, status }, ({ input, status }) => !!input.reason || status !== "refunding").then(
    () => {
      emitEventStep({
        eventName: VNPAY_ATTEMPT_ATTENTION_EVENT,
        data: transform({ input }, ({ input }) => ({ id: input.attempt_id })),
      })
    }
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ status }, ({ status }) => status ?? null))
})
