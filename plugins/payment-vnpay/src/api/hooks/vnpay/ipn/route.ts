import { IPN_REPLIES, type IpnReplyCode, type PaymentEvent, VNPaySignatureVerificationError } from "@choso/vnpay"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toVerifiedOutcome } from "../../../../lib/outcome"
import { VNPAY_MODULE } from "../../../../modules/vnpay"
import type VNPayModuleService from "../../../../modules/vnpay/service"
import { recordVNPayOutcomeWorkflow } from "../../../../workflows/record-vnpay-outcome"

function reply(res: MedusaResponse, code: IpnReplyCode) {
  // VNPay reads the body, not the status: always 200 with its JSON.
  res.status(200).json({ RspCode: code, Message: IPN_REPLIES[code] })
}

/**
 * VNPay's IPN (server-to-server GET), registered with VNPay as https://<backend>/hooks/vnpay/ipn.
 * Verifies, records the outcome and answers; the order is made after the answer.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const vnpay = req.scope.resolve<VNPayModuleService>(VNPAY_MODULE)
  if (!vnpay.isConfigured()) {
    return reply(res, "99")
  }
  let event: PaymentEvent
  try {
    event = vnpay.client().webhooks.constructEvent(req.query as Record<string, string>)
  } catch (error) {
    if (error instanceof VNPaySignatureVerificationError) {
      logger.warn(`VNPay IPN with a bad signature from ${req.ip}`)
      return reply(res, "97")
    }
    logger.warn(`VNPay IPN rejected: ${(error as Error).message}`)
    return reply(res, "99")
  }
  try {
    const { result } = await recordVNPayOutcomeWorkflow(req.scope).run({ input: toVerifiedOutcome("ipn", event) })
    return reply(res, result.code)
  } catch (error) {
    logger.error(`VNPay IPN ${event.txnRef} failed: ${(error as Error).message}`)
    return reply(res, "99")
  }
}
