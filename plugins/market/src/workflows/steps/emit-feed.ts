import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_REQUEST_PAID_EVENT, STALL_FEED_EVENT } from "../../lib/constants"
import type { StallFeedMessage } from "../../lib/feed"

/**
 * Tells the live feed (and anyone else) what was recorded. Emitted after the writes committed;
 * a lost message is not lost money: screens catch up from the stored feed (Last-Event-ID, polling).
 */
export const emitFeedStep = createStep(
  "emit-stall-feed",
  async (input: { feed: StallFeedMessage[]; paid_request_ids: string[] }, { container }) => {
    const bus = container.resolve(Modules.EVENT_BUS)
    const messages = [
      ...input.feed.map((data) => ({ name: STALL_FEED_EVENT, data })),
      ...input.paid_request_ids.map((id) => ({ name: PAYMENT_REQUEST_PAID_EVENT, data: { id } })),
    ]
    if (messages.length) await bus.emit(messages as Parameters<typeof bus.emit>[0])
    return new StepResponse(messages.length)
  }
)
