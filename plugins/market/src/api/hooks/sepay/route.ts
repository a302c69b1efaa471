import { createHash } from "node:crypto"
import { verifySePay } from "@choso/market-rules/sepay"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEPAY_PROVIDER } from "../../../lib/constants"
import { transferFromSePay } from "../../../lib/sepay-payload"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"
import { recordBankTransferWorkflow } from "../../../workflows/record-bank-transfer"

/**
 * SePay's bank-transfer webhook (register https://<backend>/hooks/sepay). Authenticated by HMAC
 * or API key; a failure is 401 with only a rejection log. Anything authentic is stored and
 * answered 2xx — duplicates and transfers matching nothing too, so SePay stops retrying.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const raw = (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? Buffer.from(JSON.stringify(req.body ?? {}))
  const { sepayApiKey, sepayHmacSecret } = market.settings()
  const rejection = verifySePay({ apiKey: sepayApiKey, hmacSecret: sepayHmacSecret }, req.headers, raw)
  if (rejection) {
    await market.createWebhookRejections({
      provider: SEPAY_PROVIDER,
      reason: rejection,
      ip: req.ip ?? null,
      body_sha256: createHash("sha256").update(raw).digest("hex"),
      body_bytes: raw.length,
    })
    logger.warn(`SePay webhook refused (${rejection}) from ${req.ip}`)
    return res.status(401).json({ success: false, message: "Unauthorized" })
  }
  const transfer = transferFromSePay(req.body)
  if (!transfer) {
    return res.status(400).json({ success: false, message: "Not a SePay transaction" })
  }
  const { result } = await recordBankTransferWorkflow(req.scope).run({ input: transfer })
  res.status(200).json({ success: true, outcome: result.outcome, duplicate: result.duplicate })
}
