import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feedMessages } from "../../lib/feed"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface ClosePaymentRequestsInput {
  ids?: string[]
  stall_id?: string
  expired_before?: string
  to: "cancelled" | "expired"
}

/** Pending → cancelled or expired, each with its feed event (one transaction). */
export const closePaymentRequestsStep = createStep(
  "close-payment-requests",
  async (input: ClosePaymentRequestsInput, { container }) => {
    const { requests, feed } = await container.resolve<MarketModuleService>(MARKET_MODULE).closeRequests(
      {
        ids: input.ids,
        stall_id: input.stall_id,
        expired_before: input.expired_before ? new Date(input.expired_before) : undefined,
      },
      input.to
    )
    return new StepResponse({ requests, feed: feedMessages(feed) })
  }
)
