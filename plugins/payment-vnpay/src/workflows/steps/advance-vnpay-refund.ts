import { VNPayAPIError, VNPayError } from "@choso/vnpay"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundProgress } from "../../lib/refund-status"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/**
 * Moves a `refunding` attempt on, asking VNPay first: querydr tells whether a refund already
 * exists (05/06/09, e.g. our earlier request whose answer was lost); if not, the full refund is
 * requested. "Refunded" is written only when querydr says the money went back to the bank (06).
 * VNPay refusing the request → refund_failed for the operator. A network error throws: the job
 * tries again later.
 */
export const advanceVNPayRefundStep = createStep(
  "advance-vnpay-refund",
  async ({ attempt_id }: { attempt_id: string }, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const options = vnpay.settings()
    const client = vnpay.client()
    const attempt = await vnpay.retrieveVNPayAttempt(attempt_id)
    const ask = () =>
      client.transactions.retrieve({
        txnRef: attempt.txn_ref,
        transactionDate: attempt.create_date,
        ipAddr: options.serverIp,
        orderInfo: `Kiem tra hoan tien ${attempt.txn_ref}`,
      })
    const record = async (transactionStatus: string) => {
      const progress = refundProgress(transactionStatus)
      if (!progress || progress.to === "refunding") {
        if (progress) await vnpay.updateVNPayAttempts({ id: attempt_id, refund_status: transactionStatus })
        return "refunding" as const
      }
      await vnpay.transition(attempt_id, {
        from: ["refunding"],
        to: progress.to,
        event: progress.to === "refunded" ? "refund_confirmed" : "refund_rejected",
        patch: {
          refund_status: transactionStatus,
          ...(progress.to === "refunded" ? { refunded_at: new Date() } : { reason: progress.reason }),
        },
        detail: { transaction_status: transactionStatus },
      })
      return progress.to
    }

    const before = await ask()
    if (refundProgress(before.transactionStatus) || attempt.refund_requested_at) {
      return new StepResponse(await record(before.transactionStatus))
    }
    try {
      const refund = await client.refunds.create({
        txnRef: attempt.txn_ref,
        amount: Number(attempt.amount),
        transactionNo: attempt.transaction_no ?? "0",
        transactionDate: attempt.create_date,
        type: "full",
        createdBy: "choso-auto-refund",
        ipAddr: options.serverIp,
        orderInfo: `Hoan tien ${attempt.txn_ref}`,
      })
      await vnpay.transition(attempt_id, {
        from: ["refunding"],
        to: "refunding",
        event: "refund_requested",
        patch: {
          refund_requested_at: new Date(),
          refund_transaction_no: refund.transactionNo || null,
          refund_status: refund.transactionStatus,
          last_error: null,
        },
        detail: { transaction_no: refund.transactionNo, transaction_status: refund.transactionStatus },
      })
    } catch (error) {
      if (!(error instanceof VNPayAPIError)) throw error
      await vnpay.transition(attempt_id, {
        from: ["refunding"],
        to: "refund_failed",
        event: "refund_rejected",
        patch: { reason: "refund_rejected", last_error: `${error.code}: ${error.meaning.vi}` },
        detail: { code: error.code, message: error.meaning },
      })
      return new StepResponse("refund_failed" as const)
    }
    try {
      return new StepResponse(await record((await ask()).transactionStatus))
    } catch (error) {
      // The request is in; the job confirms it later.
      if (error instanceof VNPayError) return new StepResponse("refunding" as const)
      throw error
    }
  }
)
