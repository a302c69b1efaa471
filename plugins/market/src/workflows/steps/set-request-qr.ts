import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

/** The VNPay request's QR is its payment URL (opened in the customer's phone browser). */
export const setRequestQrStep = createStep(
  "set-request-qr",
  async (input: { id: string; qr_payload: string; expires_at: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const request = await market.updatePaymentRequests({
      id: input.id,
      qr_payload: input.qr_payload,
      expires_at: new Date(input.expires_at),
    })
    return new StepResponse(request)
  }
)
