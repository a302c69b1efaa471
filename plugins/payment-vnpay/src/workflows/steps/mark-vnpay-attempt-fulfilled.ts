import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VNPayPurpose } from "../../lib/constants"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/** paid → completed for a purpose's attempt, once its owner has recorded what it paid for. */
export const markVNPayAttemptFulfilledStep = createStep(
  "mark-vnpay-attempt-fulfilled",
  async (input: { txn_ref: string; purpose: VNPayPurpose; detail?: Record<string, unknown> }, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const [attempt] = await vnpay.listVNPayAttempts(
      { txn_ref: input.txn_ref, purpose: input.purpose },
      { select: ["id"], take: 1 }
    )
    if (!attempt) return new StepResponse(false, null)
    const row = await vnpay.transition(attempt.id, {
      from: ["paid"],
      to: "completed",
      event: "fulfilled",
      patch: { last_error: null },
      detail: input.detail,
    })
    return new StepResponse(!!row, row ? attempt.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<VNPayModuleService>(VNPAY_MODULE)
      .transition(id, { from: ["completed"], to: "paid", event: "fulfilled_reverted" })
  }
)
