import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/** paid → completed, with the order it became. */
export const markVNPayAttemptCompletedStep = createStep(
  "mark-vnpay-attempt-completed",
  async (input: { attempt_id: string; order_id: string }, { container }) => {
    const row = await container.resolve<VNPayModuleService>(VNPAY_MODULE).transition(input.attempt_id, {
      from: ["paid"],
      to: "completed",
      event: "completed",
      patch: { order_id: input.order_id, last_error: null },
      detail: { order_id: input.order_id },
    })
    return new StepResponse(!!row)
  }
)
