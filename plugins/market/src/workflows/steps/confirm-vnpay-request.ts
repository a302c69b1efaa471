import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feedMessages, type StallFeedMessage } from "../../lib/feed"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface ConfirmedVNPayRequest {
  found: boolean
  status: string | null
  paid_request_id: string | null
  feed: StallFeedMessage[]
}

/** Records VNPay's verified success on the request (module's confirmVNPay: locked, once). */
export const confirmVNPayRequestStep = createStep(
  "confirm-vnpay-stall-request",
  async (input: { txn_ref: string; amount: number; transaction_no: string | null }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [request] = await market.listPaymentRequests(
      { reference: input.txn_ref },
      { select: ["id", "stall_id"], take: 1 }
    )
    if (!request)
      return new StepResponse<ConfirmedVNPayRequest>({ found: false, status: null, paid_request_id: null, feed: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stall",
      fields: ["id", "seller.id"],
      filters: { id: request.stall_id },
    })
    const sellerId = (data[0] as { seller?: { id: string } | null } | undefined)?.seller?.id ?? null
    const confirmed = await market.confirmVNPay({
      reference: input.txn_ref,
      amount: input.amount,
      transaction_no: input.transaction_no,
      seller_id: sellerId,
    })
    const result: ConfirmedVNPayRequest = {
      found: !!confirmed,
      status: confirmed?.request.status ?? null,
      paid_request_id: confirmed?.changed && confirmed.request.status === "paid" ? confirmed.request.id : null,
      feed: feedMessages([confirmed?.feed]),
    }
    return new StepResponse(result)
  }
)
