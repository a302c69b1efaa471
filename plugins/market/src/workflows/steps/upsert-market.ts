import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MarketBody, MarketUpdateBody } from "../../api/schemas"
import { MARKET_ERRORS } from "../../lib/errors"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

async function assertFreeCode(market: MarketModuleService, code: string | undefined, id?: string) {
  if (!code) return
  const [taken] = await market.listMarkets({ code }, { select: ["id"], take: 1 })
  if (taken && taken.id !== id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mã chợ ${code} đã có (code taken).`,
      MARKET_ERRORS.duplicateCode
    )
  }
}

export const createMarketStep = createStep(
  "create-market",
  async (input: MarketBody, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    await assertFreeCode(market, input.code)
    const created = await market.createMarkets(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteMarkets(id)
  }
)

export const updateMarketStep = createStep(
  "update-market",
  async (input: MarketUpdateBody & { id: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    await assertFreeCode(market, input.code, input.id)
    const before = await market.retrieveMarket(input.id)
    const updated = await market.updateMarkets(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, code, name, province_code, ward_code, address, illustration } = before
    await container
      .resolve<MarketModuleService>(MARKET_MODULE)
      .updateMarkets({ id, code, name, province_code, ward_code, address, illustration })
  }
)
