import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewTransfer } from "../modules/market/service"
import { emitFeedStep } from "./steps/emit-feed"
import { matchTransferStep } from "./steps/match-transfer"
import { storeTransferStep } from "./steps/store-transfer"

/**
 * One verified bank-transfer webhook: store the raw transaction (deduplicated on the provider's
 * id), decide it (paid only on an exact match, else "cần kiểm tra"), tell the stall's screens.
 */
export const recordBankTransferWorkflow = createWorkflow("record-bank-transfer", (input: NewTransfer) => {
  const stored = storeTransferStep(input)
  const match = matchTransferStep(transform({ stored }, ({ stored }) => stored.id))
  emitFeedStep(
    transform({ match }, ({ match }) => ({
      feed: match.feed,
      paid_request_ids: match.paid_request_id ? [match.paid_request_id] : [],
    }))
  )
  return new WorkflowResponse(match)
})
