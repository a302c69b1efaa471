import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startVNPayCartPaymentWorkflow } from "../../../../workflows/start-vnpay-cart-payment"
import type { StartVNPayPaymentBody } from "../../../middlewares"

/** Starts a VNPay payment for a cart: { txn_ref, payment_url, amount, expires_at }. */
export async function POST(req: MedusaRequest<StartVNPayPaymentBody>, res: MedusaResponse) {
  const { result } = await startVNPayCartPaymentWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ vnpay_payment: result })
}
