import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../lib/errors"
import { type CheckedLot, checkNewLot, type NewLotFields } from "../../lib/lot-input"

/** Refuses a lot whose fields break a rule, with every problem per field. */
export const checkNewLotStep = createStep(
  "check-new-trace-lot",
  async (input: { seller_id: string; fields: NewLotFields }, { container }) => {
    const { problems, lot } = await checkNewLot(container, input.seller_id, input.fields)
    if (problems.length || !lot)
      throw refusal(problems[0]?.message ?? "Lô hàng không hợp lệ (invalid lot).", { problems })
    return new StepResponse<CheckedLot>(lot)
  }
)
