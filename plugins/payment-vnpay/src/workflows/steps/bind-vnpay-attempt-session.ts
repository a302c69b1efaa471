import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/** Remembers which Medusa payment session carries the attempt (Medusa may delete it later). */
export const bindVNPayAttemptSessionStep = createStep(
  "bind-vnpay-attempt-session",
  async (input: { attempt_id: string; payment_session_id: string }, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const [before] = await vnpay.listVNPayAttempts({ id: input.attempt_id }, { select: ["id", "payment_session_id"] })
    await vnpay.updateVNPayAttempts({ id: input.attempt_id, payment_session_id: input.payment_session_id })
    return new StepResponse(undefined, { id: input.attempt_id, payment_session_id: before?.payment_session_id ?? null })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<VNPayModuleService>(VNPAY_MODULE).updateVNPayAttempts(previous)
    }
  }
)
