import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TRACE_EVENTS } from "../lib/constants"
import type { NewLotFields } from "../lib/lot-input"
import { checkNewLotStep } from "./steps/check-new-lot"
import { createLotStep } from "./steps/create-lot"

export interface CreateLotInput extends NewLotFields {
  seller_id: string
  actor_id: string | null
}

/** A producer opens a lot of one of its own variants; its chain starts empty. */
export const createLotWorkflow = createWorkflow("create-trace-lot", (input: CreateLotInput) => {
  const checked = checkNewLotStep(
    transform({ input }, ({ input }) => {
      const { seller_id, actor_id: _actor, ...fields } = input
      return { seller_id, fields }
    })
  )
  const lot = createLotStep(checked)
  emitEventStep({
    eventName: TRACE_EVENTS.lotCreated,
    data: transform({ lot, input }, ({ lot, input }) => ({
      id: lot.id,
      seller_id: lot.seller_id,
      actor_id: input.actor_id,
    })),
  })
  return new WorkflowResponse(lot)
})
