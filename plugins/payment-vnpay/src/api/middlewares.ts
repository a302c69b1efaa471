import { PAYMENT_METHODS } from "@choso/vnpay"
import {
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ATTEMPT_STATUSES } from "../lib/attempt-status"
import { VNPAY_PROVIDER_ID } from "../lib/constants"

const StartVNPayPayment = z.object({
  cart_id: z.string().startsWith("cart_"),
  bank_code: z.enum(PAYMENT_METHODS).nullish(),
  locale: z.enum(["vn", "en"]).optional(),
  ip: z.union([z.ipv4(), z.ipv6()]).optional(),
})
export type StartVNPayPaymentBody = z.infer<typeof StartVNPayPayment>

const ListVNPayAttempts = z.object({
  status: z.enum(["attention", "all", ...ATTEMPT_STATUSES]).default("attention"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListVNPayAttemptsQuery = z.infer<typeof ListVNPayAttempts>

/**
 * A VNPay session made by Medusa's generic route would have no recorded attempt (and a TxnRef
 * chosen by the client): VNPay payments start only at POST /store/vnpay/payments.
 */
function refuseGenericVNPaySession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { provider_id?: unknown } | undefined
  if (body?.provider_id === VNPAY_PROVIDER_ID) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Start VNPay payments with POST /store/vnpay/payments"))
  }
  next()
}

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/store/vnpay/payments", middlewares: [validateAndTransformBody(StartVNPayPayment)] },
    {
      method: ["GET"],
      matcher: "/admin/vnpay/attempts",
      middlewares: [validateAndTransformQuery(ListVNPayAttempts, {})],
    },
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [refuseGenericVNPaySession],
    },
  ],
})
