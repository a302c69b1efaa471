import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

/** The cart a cart attempt pays for (fixed when the attempt is made). */
export const findVNPayAttemptCartStep = createStep(
  "find-vnpay-attempt-cart",
  async ({ attempt_id }: { attempt_id: string }, { container }) => {
    const attempt = await container
      .resolve<VNPayModuleService>(VNPAY_MODULE)
      .retrieveVNPayAttempt(attempt_id, { select: ["id", "resource_id"] })
    return new StepResponse(attempt.resource_id)
  }
)
