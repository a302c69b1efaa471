import { VNPayAPIError } from "@choso/vnpay"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { finishVNPayAttempt } from "../lib/finish-attempt"
import { toVerifiedOutcome } from "../lib/outcome"
import { VNPAY_MODULE } from "../modules/vnpay"
import type VNPayModuleService from "../modules/vnpay/service"
import { recordVNPayOutcomeWorkflow } from "../workflows/record-vnpay-outcome"
import { refundVNPayAttemptWorkflow } from "../workflows/refund-vnpay-attempt"

const DAY_MS = 24 * 60 * 60 * 1000
/** VNPay may still take a payment for a few minutes after vnp_ExpireDate. */
const EXPIRY_GRACE_MS = 15 * 60 * 1000
const BATCH = 100

/**
 * Nothing verified is left unfinished: attempts still pending (lost IPN) are settled from
 * VNPay's querydr answer; paid attempts without an order (lost event, server killed after the
 * IPN answer) are finished; refunds in progress are requested again or confirmed.
 */
export default async function reconcileVNPayPayments(container: MedusaContainer): Promise<void> {
  const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
  if (!vnpay.isConfigured()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = vnpay.settings()
  const now = Date.now()
  const oldestFirst = { take: BATCH, order: { created_at: "ASC" as const } }

  const pending = await vnpay.listVNPayAttempts(
    {
      status: "pending",
      created_at: { $lt: new Date(now - options.reconcileAfterSeconds * 1000), $gt: new Date(now - DAY_MS) },
    },
    oldestFirst
  )
  for (const attempt of pending) {
    const expired = new Date(attempt.expires_at).getTime() + EXPIRY_GRACE_MS < now
    try {
      const result = await vnpay.client().transactions.retrieve({
        txnRef: attempt.txn_ref,
        transactionDate: attempt.create_date,
        ipAddr: options.serverIp,
        orderInfo: `Doi soat ${attempt.txn_ref}`,
      })
      if (result.transactionStatus === "01" || result.amount === null) {
        if (expired) await expire(vnpay, attempt.id)
        continue
      }
      const { result: recorded } = await recordVNPayOutcomeWorkflow(container).run({
        input: toVerifiedOutcome("querydr", { ...result, amount: result.amount }),
      })
      logger.info(
        `VNPay reconciliation ${attempt.txn_ref}: ${result.transactionStatus} → ${recorded.status ?? recorded.code}`
      )
      if (recorded.status === "paid") await finishVNPayAttempt(container, attempt.id)
    } catch (error) {
      if (error instanceof VNPayAPIError && error.code === "91") {
        if (expired) await expire(vnpay, attempt.id)
        continue
      }
      logger.warn(`VNPay reconciliation ${attempt.txn_ref} failed: ${(error as Error).message}`)
    }
  }

  const unfinished = await vnpay.listVNPayAttempts(
    { status: "paid", outcome_at: { $lt: new Date(now - options.completeAfterSeconds * 1000) } },
    oldestFirst
  )
  for (const attempt of unfinished) {
    const result = await finishVNPayAttempt(container, attempt.id)
    logger.info(`VNPay reconciliation ${attempt.txn_ref}: paid without an order → ${result}`)
  }

  const refunding = await vnpay.listVNPayAttempts({ status: "refunding" }, oldestFirst)
  for (const attempt of refunding) {
    try {
      await refundVNPayAttemptWorkflow(container).run({ input: { attempt_id: attempt.id } })
    } catch (error) {
      logger.warn(`VNPay refund ${attempt.txn_ref} not advanced: ${(error as Error).message}`)
    }
  }
}

async function expire(vnpay: VNPayModuleService, id: string): Promise<void> {
  await vnpay.transition(id, { from: ["pending"], to: "failed", event: "expired", patch: { reason: "expired" } })
}

export const config = {
  name: "reconcile-vnpay-payments",
  // The schedule is read when jobs load, before the container exists: an environment variable
  // (tests and demos set a faster cron, seconds field allowed).
  schedule: process.env.VNPAY_RECONCILE_CRON || "* * * * *",
}
