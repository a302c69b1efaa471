import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/**
 * paid → refunding, with the reason the shopper and the operator will read. A refund once
 * decided is never undone: no compensation (a failed request is retried by the job).
 * Returns whether there is a refund to pursue.
 */
export const beginVNPayRefundStep = createStep(
  "begin-vnpay-refund",
  async (input: { attempt_id: string; reason?: string; detail?: string }, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    if (input.reason) {
      await vnpay.transition(input.attempt_id, {
        from: ["paid"],
        to: "refunding",
        event: "refund_decided",
        patch: { reason: input.reason, last_error: input.detail ?? null },
        detail: { reason: input.reason, detail: input.detail ?? null },
      })
    }
    const attempt = await vnpay.retrieveVNPayAttempt(input.attempt_id, { select: ["id", "status"] })
    return new StepResponse(attempt.status === "refunding")
  }
)
