import { describeResponseCode, type PaymentEvent, VNPaySignatureVerificationError } from "@choso/vnpay"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AttemptStatus } from "../../../../lib/attempt-status"
import { returnState } from "../../../../lib/return-state"
import { VNPAY_MODULE } from "../../../../modules/vnpay"
import type VNPayModuleService from "../../../../modules/vnpay/service"

/**
 * The storefront's return page asks here what happened, passing VNPay's signed return query.
 * Money is never taken from the query: the answer comes from the attempt's recorded status.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const vnpay = req.scope.resolve<VNPayModuleService>(VNPAY_MODULE)
  let event: PaymentEvent
  try {
    event = vnpay.client().webhooks.constructEvent(req.query as Record<string, string>)
  } catch (error) {
    if (error instanceof VNPaySignatureVerificationError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Kết quả thanh toán không hợp lệ (invalid VNPay signature)")
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
  const [attempt] = await vnpay.listVNPayAttempts({ txn_ref: event.txnRef }, { take: 1 })
  if (!attempt) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VNPay payment ${event.txnRef}`)
  }
  const state = returnState({ ...attempt, status: attempt.status as AttemptStatus }, event)
  res.json({
    txn_ref: attempt.txn_ref,
    amount: Number(attempt.amount),
    ...state,
    message: describeResponseCode(state.response_code),
    purpose: attempt.purpose,
    cart_id: attempt.purpose === "cart" ? attempt.resource_id : null,
  })
}
