import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  createPaymentSessionsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { VNPAY_PROVIDER_ID } from "../lib/constants"
import { bindVNPayAttemptSessionStep } from "./steps/bind-vnpay-attempt-session"
import { findVNPayAttemptCartStep } from "./steps/find-vnpay-attempt-cart"
import { loadVNPayCompletionStep } from "./steps/load-vnpay-completion"
import { markVNPayAttemptCompletedStep } from "./steps/mark-vnpay-attempt-completed"

/**
 * Turns a paid cart attempt into the cart's order, around Medusa's completeCartWorkflow (which
 * authorizes the session — querydr — captures and creates the order). When the cart can no
 * longer become an order for what was paid, it returns the refund decision instead; the caller
 * starts the refund. One run at a time per attempt (the subscriber and the job may race) and per
 * cart (another attempt of the cart, Medusa's own completion route): Medusa's completeCartWorkflow
 * skips its cart lock when it runs inside another workflow, so this one takes it, under the key
 * Medusa uses. The locks outlive the slowest run (a storm of payments on 2 cores): a lock that
 * expired mid-run would let a second run complete the same cart.
 * The orders-across-sellers work will split the order here.
 */
const LOCK_TTL_SECONDS = 600

export const completeVNPayCartWorkflow = createWorkflow("complete-vnpay-cart", (input: { attempt_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `vnpay-attempt:${input.attempt_id}`)
  // A short wait: if another run holds the attempt, it is already making the order.
  acquireLockStep({ key: lockKey, timeout: 5, ttl: LOCK_TTL_SECONDS }).config({ name: "vnpay-lock-attempt" })
  // One key per step: a partly taken multi-key lock is not given back by the in-memory provider.
  const cartId = findVNPayAttemptCartStep(input)
  acquireLockStep({ key: cartId, timeout: 5, ttl: LOCK_TTL_SECONDS }).config({ name: "vnpay-lock-cart" })
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
  releaseLockStep({ key: cartId }).config({ name: "vnpay-release-cart" })
  releaseLockStep({ key: lockKey }).config({ name: "vnpay-release-attempt" })
  return new WorkflowResponse(
    transform({ plan, orderId }, ({ plan, orderId }) => ({ decision: plan.decision, order_id: orderId }))
  )
})
