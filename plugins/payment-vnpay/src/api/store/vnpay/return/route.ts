import { VNPaySignatureVerificationError, describeResponseCode } from "@choso/vnpay"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readVNPayOptions, vnpayClient } from "../../../../lib/config"
import { paymentState } from "../../../../lib/settle"

/**
 * The storefront's return page asks here what happened, passing VNPay's signed return query.
 * Money is never taken from the query: "paid" comes only from an IPN or querydr verified
 * server-side; until then a successful-looking return is "pending".
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const options = readVNPayOptions()
  if (!options) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "VNPay is not configured on this store")
  }
  let event
  try {
    event = vnpayClient(options).webhooks.constructEvent(req.query as Record<string, string>)
  } catch (error) {
    if (error instanceof VNPaySignatureVerificationError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Kết quả thanh toán không hợp lệ (invalid VNPay signature)")
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
  const state = await paymentState(req.scope, event.txnRef)
  if (!state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VNPay payment ${event.txnRef}`)
  }
  // A failure the shopper saw at VNPay is final for this attempt even before the IPN lands.
  const failedAtVnpay = !event.succeeded && state.status === "pending"
  const responseCode = state.status === "failed" ? state.response_code : event.responseCode
  res.json({
    txn_ref: event.txnRef,
    amount: event.amount,
    status: failedAtVnpay ? "failed" : state.status,
    response_code: responseCode,
    message: describeResponseCode(responseCode),
    cart_id: state.cart_id,
    order_id: state.status === "paid" ? state.order_id : null,
  })
}
