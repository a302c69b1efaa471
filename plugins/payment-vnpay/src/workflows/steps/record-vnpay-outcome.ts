import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

export interface VNPayOutcomeInput {
  txn_ref: string
  payment_session_id: string
  cart_id: string | null
  amount: number
  status: "paid" | "failed"
  response_code: string
  transaction_status: string
  transaction_no: string | null
  bank_code: string | null
  pay_date: Date | null
  source: "ipn" | "querydr"
  raw: Record<string, unknown>
}

/** Writes the verified outcome once (txn_ref is unique); undone if settling the cart fails. */
export const recordVNPayOutcomeStep = createStep(
  "record-vnpay-outcome",
  async (input: VNPayOutcomeInput, { container }) => {
    const ledger = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const row = await ledger.createVNPayPayments(input)
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<VNPayModuleService>(VNPAY_MODULE).deleteVNPayPayments(id)
    }
  }
)
