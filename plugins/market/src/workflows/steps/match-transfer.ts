import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feedMessages, type StallFeedMessage } from "../../lib/feed"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface MatchedTransfer {
  transfer_id: string
  outcome: string | null
  reason: string | null
  request_id: string | null
  paid_request_id: string | null
  duplicate: boolean
  feed: StallFeedMessage[]
}

/** Decides the stored transfer in one locked transaction (the module's matchStoredTransfer). */
export const matchTransferStep = createStep("match-incoming-transfer", async (id: string, { container }) => {
  const match = await container.resolve<MarketModuleService>(MARKET_MODULE).matchStoredTransfer(id)
  const result: MatchedTransfer = {
    transfer_id: match.transfer.id,
    outcome: match.transfer.outcome,
    reason: match.transfer.reason,
    request_id: match.request?.id ?? null,
    paid_request_id: !match.duplicate && match.transfer.outcome === "paid" ? (match.request?.id ?? null) : null,
    duplicate: match.duplicate,
    feed: feedMessages([match.feed]),
  }
  return new StepResponse(result)
})
