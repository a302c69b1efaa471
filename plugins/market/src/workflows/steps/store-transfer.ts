import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"
import type { NewTransfer } from "../../modules/market/service"

/**
 * The raw transaction is stored first and kept whatever happens next (a row left without an
 * outcome is matched again by the job): nothing to undo.
 */
export const storeTransferStep = createStep("store-incoming-transfer", async (input: NewTransfer, { container }) => {
  const { row, created } = await container.resolve<MarketModuleService>(MARKET_MODULE).storeTransfer(input)
  return new StepResponse({ id: row.id, created })
})
