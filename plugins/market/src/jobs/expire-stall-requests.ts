import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../modules/market"
import type MarketModuleService from "../modules/market/service"
import { closePaymentRequestsWorkflow } from "../workflows/close-payment-requests"
import { recordBankTransferWorkflow } from "../workflows/record-bank-transfer"

/**
 * Every minute: requests past their time expire (a late transfer is then "cần kiểm tra"), and
 * transfers stored but never decided (the server stopped between the two) are decided now.
 */
export default async function expireStallRequests(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await closePaymentRequestsWorkflow(container).run({
    input: { expired_before: new Date().toISOString(), to: "expired" },
  })
  if (result.requests.length) logger.info(`Chợ 4.0: ${result.requests.length} payment request(s) expired`)
  const market = container.resolve<MarketModuleService>(MARKET_MODULE)
  const undecided = await market.listIncomingTransfers(
    { outcome: null, created_at: { $lt: new Date(Date.now() - 30_000) } },
    { take: 100 }
  )
  for (const transfer of undecided) {
    const { raw, id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...fields } = transfer
    await recordBankTransferWorkflow(container).run({ input: { ...fields, raw } as never })
  }
}

export const config = { name: "expire-stall-requests", schedule: "* * * * *" }
