import { setTimeout } from "node:timers/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { VNPAY_MODULE } from "../modules/vnpay"
import type VNPayModuleService from "../modules/vnpay/service"
import { completeVNPayCartWorkflow } from "../workflows/complete-vnpay-cart"
import { refundVNPayAttemptWorkflow } from "../workflows/refund-vnpay-attempt"
import { loadVNPayCompletionPlan } from "../workflows/steps/load-vnpay-completion"
import { reasonFromCompletionError } from "./completion-rules"
import { VNPAY_ATTEMPT_ATTENTION_EVENT, VNPAY_PURPOSE_PAID_EVENT, type VNPayPurposePaid } from "./constants"

export type FinishResult =
  | "completed"
  | "refunding"
  | "refunded"
  | "refund_failed"
  | "review"
  | "retry"
  | "skipped"
  | "handed_over"

/** Medusa's refusals: the cart cannot become an order as it is (stock, address, state). */
const REFUSALS = new Set<string>([
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.NOT_FOUND,
])

function errorOf(error: unknown): { type?: string; message: string } {
  const e = error as { type?: string; message?: string } | undefined
  return { type: e?.type, message: e?.message ?? String(error) }
}

/**
 * Ends a paid attempt: the cart's order, or a refund when the cart can no longer become one.
 * Called by the `vnpay.attempt.paid` subscriber and by the job for attempts the subscriber never
 * finished (lost event, server killed). A passing failure (database, network) is retried by the
 * job; after `maxCompletionTries` the attempt goes to review for the operator.
 */
export async function finishVNPayAttempt(container: MedusaContainer, attemptId: string): Promise<FinishResult> {
  if (await handOver(container, attemptId)) return "handed_over"
  // Many shoppers buying the same product at once queue on its inventory lock (Medusa waits
  // 5 s): wait and try again a few times before leaving it to the job.
  for (let round = 1; ; round++) {
    const result = await finishOnce(container, attemptId)
    if (result !== "busy") return result
    if (round === LOCK_ROUNDS) return "retry"
    await setTimeout(500 * round + Math.random() * 1000)
  }
}

const LOCK_ROUNDS = 5

/**
 * An attempt that is not a cart's goes to its owner (the event is repeated by the job until the
 * owner marks it fulfilled, so a lost event loses nothing).
 */
async function handOver(container: MedusaContainer, attemptId: string): Promise<boolean> {
  const attempt = await container.resolve<VNPayModuleService>(VNPAY_MODULE).retrieveVNPayAttempt(attemptId, {
    select: ["id", "purpose", "resource_id", "txn_ref", "amount", "transaction_no", "status"],
  })
  if (attempt.purpose === "cart") return false
  if (attempt.status !== "paid") return true
  const data: VNPayPurposePaid = {
    attempt_id: attempt.id,
    purpose: attempt.purpose,
    resource_id: attempt.resource_id,
    txn_ref: attempt.txn_ref,
    amount: Number(attempt.amount),
    transaction_no: attempt.transaction_no ?? null,
  }
  await container.resolve(Modules.EVENT_BUS).emit({ name: VNPAY_PURPOSE_PAID_EVENT, data })
  return true
}

async function finishOnce(container: MedusaContainer, attemptId: string): Promise<FinishResult | "busy"> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
  const refund = async (reason: string, detail?: string): Promise<FinishResult> => {
    logger.warn(`VNPay ${attemptId}: paid but no order can be made (${reason}); refunding`)
    const { result } = await refundVNPayAttemptWorkflow(container).run({
      input: { attempt_id: attemptId, reason, detail },
    })
    return (result as FinishResult | null) ?? "skipped"
  }
  try {
    const { result } = await completeVNPayCartWorkflow(container).run({ input: { attempt_id: attemptId } })
    if (result.decision.action === "refund") return await refund(result.decision.reason)
    return result.order_id ? "completed" : "skipped"
  } catch (error) {
    const { type, message } = errorOf(error)
    // A busy lock (another run on this attempt or cart, buyers of the same product): not a failure.
    if (/acquir\w* lock/i.test(message)) return "busy"
    if (type && REFUSALS.has(type) && !/was not authorized/i.test(message)) {
      // Look again before giving money back: the refusal may come from the cart having just
      // become this very payment's order ("already completed").
      const again = await loadVNPayCompletionPlan(container, attemptId)
      if (again.decision.action === "skip") return "skipped"
      if (again.decision.action === "record_order") return await finishOnce(container, attemptId)
      if (again.decision.action === "refund") return await refund(again.decision.reason, message)
      return await refund(reasonFromCompletionError(message), message)
    }
    const attempt = await vnpay.retrieveVNPayAttempt(attemptId, { select: ["id", "completion_tries"] })
    const tries = Number(attempt.completion_tries ?? 0) + 1
    const exhausted = tries >= vnpay.settings().maxCompletionTries || /was not authorized/i.test(message)
    const moved = await vnpay.transition(attemptId, {
      from: ["paid"],
      to: exhausted ? "review" : "paid",
      event: exhausted ? "review" : "completion_failed",
      patch: {
        completion_tries: tries,
        last_error: message.slice(0, 1000),
        ...(exhausted ? { reason: "completion_failed" } : {}),
      },
      detail: { error: message.slice(0, 1000), tries },
    })
    logger.error(`VNPay ${attemptId}: making the order failed (try ${tries}): ${message}`)
    if (moved && exhausted) {
      await container.resolve(Modules.EVENT_BUS).emit({ name: VNPAY_ATTEMPT_ATTENTION_EVENT, data: { id: attemptId } })
      return "review"
    }
    return "retry"
  }
}
