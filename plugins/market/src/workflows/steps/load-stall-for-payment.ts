import { AMOUNT_LIMITS, amountAllowed, type PaymentRail } from "@choso/market-rules"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_ERRORS } from "../../lib/errors"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface PayableStall {
  id: string
  display_name: string
  bank_bin: string
  bank_account: string
}

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} đ`

/** The stall may take this amount on this rail: active, its account checked, within limits. */
export const loadStallForPaymentStep = createStep(
  "load-stall-for-payment",
  async (input: { stall_id: string; amount: number; rail: PaymentRail }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const stall = await market.retrieveStall(input.stall_id, {
      select: ["id", "display_name", "bank_bin", "bank_account", "status", "account_verified_at"],
    })
    if (stall.status !== "active" || !stall.account_verified_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Quầy chưa được nhận tiền: chờ Ban quản lý chợ xác minh tài khoản ngân hàng (stall not verified yet).",
        MARKET_ERRORS.stallClosed
      )
    }
    if (!amountAllowed(input.rail, input.amount)) {
      const { min, max } = AMOUNT_LIMITS[input.rail]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Số tiền phải là số nguyên từ ${vnd(min)} đến ${vnd(max)} (amount out of range).`,
        MARKET_ERRORS.amount
      )
    }
    const payable: PayableStall = {
      id: stall.id,
      display_name: stall.display_name,
      bank_bin: stall.bank_bin,
      bank_account: stall.bank_account,
    }
    return new StepResponse(payable)
  }
)
