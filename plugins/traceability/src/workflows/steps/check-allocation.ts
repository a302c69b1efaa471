import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allocationProblems, type RequestedLine } from "../../lib/allocation"
import type { AllocationContext } from "../../lib/allocation-context"
import { vietnamDay } from "../../lib/dates"

/** Refuses the whole assignment when any line or lot is wrong; the message lists every problem. */
export const checkAllocationStep = createStep(
  "check-order-allocation",
  async (input: { context: AllocationContext; lines: RequestedLine[] }) => {
    const problems = allocationProblems(input.lines, input.context.lines, input.context.lots, vietnamDay())
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.map((p) => p.message).join("\n"))
    }
    return new StepResponse(true)
  }
)
