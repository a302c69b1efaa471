import { type PaymentRail, REQUEST_TTL_SECONDS } from "@choso/market-rules"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newReference } from "../../lib/reference"
import { vietQrPayload } from "../../lib/vietqr"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"
import type { PayableStall } from "./load-stall-for-payment"

export interface CreatePaymentRequestInput {
  stall: PayableStall
  amount: number
  rail: PaymentRail
  created_by: string | null
  device_id: string | null
}

const UNIQUE_VIOLATION = "23505"

/**
 * Records the request with a fresh reference (a repeat of an old one is retried) and, for
 * VietQR, its payload to the stall's own account. A VNPay request gets its URL in the next step.
 */
export const createPaymentRequestStep = createStep(
  "create-payment-request",
  async (input: CreatePaymentRequestInput, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const expires_at = new Date(Date.now() + REQUEST_TTL_SECONDS * 1000)
    for (let attempt = 1; ; attempt++) {
      const reference = newReference()
      const qr_payload =
        input.rail === "vietqr"
          ? vietQrPayload({
              bankBin: input.stall.bank_bin,
              accountNumber: input.stall.bank_account,
              amount: input.amount,
              reference,
            })
          : ""
      try {
        const request = await market.createPaymentRequests({
          stall_id: input.stall.id,
          reference,
          amount: input.amount,
          rail: input.rail,
          status: "pending",
          expires_at,
          qr_payload,
          account: input.rail === "vietqr" ? input.stall.bank_account : null,
          created_by: input.created_by,
          device_id: input.device_id,
        })
        return new StepResponse(request, request.id)
      } catch (error) {
        const code = (error as { code?: string; cause?: { code?: string } }).code
        const duplicate = code === UNIQUE_VIOLATION || /unique|duplicate|already exists/i.test(String(error))
        if (!duplicate || attempt >= 5) throw error
      }
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deletePaymentRequests(id)
  }
)
