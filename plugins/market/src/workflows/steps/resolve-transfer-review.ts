import type { ReviewDecision } from "@choso/market-rules"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_ERRORS } from "../../lib/errors"
import { feedMessages } from "../../lib/feed"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface ResolveTransferReviewInput {
  id: string
  stall_id: string
  decision: ReviewDecision
  note: string
  by: string
}

/** The vendor's decision, kept once; a second decision on the same item is refused. */
export const resolveTransferReviewStep = createStep(
  "resolve-transfer-review",
  async (input: ResolveTransferReviewInput, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [own] = await market.listIncomingTransfers({ id: input.id, stall_id: input.stall_id }, { select: ["id"] })
    if (!own) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy mục cần kiểm tra này (not found).")
    const resolved = await market.resolveTransfer(input)
    if (!resolved) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Mục này không cần kiểm tra hoặc đã được xử lý (already resolved).",
        MARKET_ERRORS.review
      )
    }
    return new StepResponse({ transfer: resolved.transfer, feed: feedMessages([resolved.feed]) })
  }
)
