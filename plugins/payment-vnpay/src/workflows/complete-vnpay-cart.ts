import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createPaymentSessionsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { VNPAY_PROVIDER_ID } from "../lib/constants"
import { bindVNPayAttemptSessionStep } from "./steps/bind-vnpay-attempt-session"
import { loadVNPayCompletionStep } from "./steps/load-vnpay-completion"
import { markVNPayAttemptCompletedStep } from "./steps/mark-vnpay-attempt-completed"

/**
 * Turns a paid cart attempt into the cart's order, around Medusa's completeCartWorkflow (which
 * authorizes the session — querydr — captures and creates the order). When the cart can no
 * longer become an order for what was paid, it returns the refund decision instead; the caller
 * starts the refund. One run at a time per attempt (the subscriber and the job may race).
 * The orders-across-sellers work will split the order here.
 */
export const completeVNPayCartWorkflow = createWorkflow("complete-vnpay-cart", (input: { attempt_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `vnpay-attempt:${input.attempt_id}`)
  // A short wait: if another run holds the attempt, it is already making the order.
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 120 })
  const plan = loadVNPayCompletionStep(input)

  when("vnpay-rebind-session", { plan }, ({ plan }) => plan.decision.action === "rebind").then(() => {
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        payment_collection_id: plan.payment_collection_id!,
        provider_id: VNPAY_PROVIDER_ID,
        data: { attempt: plan.attempt },
      })),
    })
    bindVNPayAttemptSessionStep(
      transform({ plan, session }, ({ plan, session }) => ({
        attempt_id: plan.attempt.attempt_id,
        payment_session_id: session.id,
      }))
    )
  })

  const completed = when(
    "vnpay-complete-cart",
    { plan },
    ({ plan }) => plan.decision.action === "complete" || plan.decision.action === "rebind"
  ).then(() => completeCartWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ id: plan.cart_id })) }))

  const orderId = transform({ plan, completed }, ({ plan, completed }) =>
    plan.decision.action === "record_order" ? plan.decision.order_id : (completed?.id ?? null)
  )
  when("vnpay-mark-completed", { orderId }, ({ orderId }) => !!orderId).then(() => {
    markVNPayAttemptCompletedStep(
      transform({ plan, orderId }, ({ plan, orderId }) => ({ attempt_id: plan.attempt.attempt_id, order_id: orderId! }))
    )
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ plan, orderId }, ({ plan, orderId }) => ({ decision: plan.decision, order_id: orderId }))
  )
})
