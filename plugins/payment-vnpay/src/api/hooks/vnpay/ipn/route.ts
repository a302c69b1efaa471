import { VNPaySignatureVerificationError, IPN_REPLIES, type IpnReplyCode } from "@choso/vnpay"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readVNPayOptions, vnpayClient } from "../../../../lib/config"
import { settleVerifiedOutcome, toVerifiedOutcome } from "../../../../lib/settle"

function reply(res: MedusaResponse, code: IpnReplyCode) {
  // VNPay reads the body, not the status: always 200 with its JSON.
  res.status(200).json({ RspCode: code, Message: IPN_REPLIES[code] })
}

/** VNPay's IPN (server-to-server GET). Registered with VNPay as https://<backend>/hooks/vnpay/ipn */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const options = readVNPayOptions()
  if (!options) {
    return reply(res, "99")
  }
  const vnpay = vnpayClient(options)
  let event
  try {
    event = vnpay.webhooks.constructEvent(req.query as Record<string, string>)
  } catch (error) {
    if (error instanceof VNPaySignatureVerificationError) {
      logger.warn(`VNPay IPN with a bad signature from ${req.ip}`)
      return reply(res, "97")
    }
    logger.warn(`VNPay IPN rejected: ${(error as Error).message}`)
    return reply(res, "99")
  }
  try {
    const code = await settleVerifiedOutcome(req.scope, toVerifiedOutcome(event), "ipn")
    logger.info(`VNPay IPN ${event.txnRef} (${event.responseCode}/${event.transactionStatus}) → ${code}`)
    return reply(res, code)
  } catch (error) {
    logger.error(`VNPay IPN ${event.txnRef} failed: ${(error as Error).message}`)
    return reply(res, "99")
  }
}
