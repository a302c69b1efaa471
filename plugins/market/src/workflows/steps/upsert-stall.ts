import { SELLER_MODULE } from "@choso/marketplace/lib/seller-codes"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StallBody, StallUpdateBody } from "../../api/schemas"
import { MARKET_ERRORS } from "../../lib/errors"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

async function assertFreeCode(market: MarketModuleService, code: string | undefined, id?: string) {
  if (!code) return
  const [taken] = await market.listStalls({ code }, { select: ["id"], take: 1 })
  if (taken && taken.id !== id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Mã quầy ${code} đã có (code taken).`,
      MARKET_ERRORS.duplicateCode
    )
  }
}

/** A new stall of an existing market, owned by a seller of kind "stall"; its account unchecked. */
export const createStallStep = createStep(
  "create-stall",
  async (input: StallBody, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const sellers = container.resolve<{
      listSellers(filter: { id: string }, config: { select: string[]; take: number }): Promise<{ kind: string }[]>
    }>(SELLER_MODULE)
    const [seller] = await sellers.listSellers({ id: input.seller_id }, { select: ["id", "kind"], take: 1 })
    if (!seller || seller.kind !== "stall") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Chủ quầy phải là một người bán loại “quầy chợ” (seller of kind stall)."
      )
    }
    await market.retrieveMarket(input.market_id, { select: ["id"] })
    await assertFreeCode(market, input.code)
    const { seller_id: _seller, ...fields } = input
    const stall = await market.createStalls({ ...fields, status: "pending" })
    return new StepResponse(stall, stall.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStalls(id)
  }
)

const ACCOUNT_FIELDS = ["bank_bin", "bank_account", "account_holder"] as const

/** Changing where the money goes un-verifies the account: the operator checks it again. */
export const updateStallStep = createStep(
  "update-stall",
  async (input: StallUpdateBody & { id: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    await assertFreeCode(market, input.code, input.id)
    const before = await market.retrieveStall(input.id)
    const accountChanged = ACCOUNT_FIELDS.some((field) => input[field] !== undefined && input[field] !== before[field])
    const updated = await market.updateStalls({
      ...input,
      ...(accountChanged ? { account_verified_at: null, account_verified_by: null } : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const {
      market: _market,
      payment_requests: _requests,
      created_at,
      updated_at,
      deleted_at,
      ...fields
    } = before as typeof before & Record<string, unknown>
    await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls(fields as { id: string })
  }
)

/** The operator compared the bank's holder name with the declared one: the stall may take payments. */
export const verifyStallAccountStep = createStep(
  "verify-stall-account",
  async (input: { id: string; holder_name: string; by: string }, { container }) => {
    const market = container.resolve<MarketModuleService>(MARKET_MODULE)
    const stall = await market.retrieveStall(input.id)
    const normal = (name: string) =>
      name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/gi, "d")
        .toUpperCase()
        .replace(/\s+/g, " ")
        .trim()
    if (normal(stall.account_holder) !== normal(input.holder_name)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Tên chủ tài khoản ngân hàng (${input.holder_name}) không khớp tên đã khai (${stall.account_holder}) — chưa thể xác minh.`
      )
    }
    const updated = await market.updateStalls({
      id: input.id,
      account_verified_at: new Date(),
      account_verified_by: input.by,
      status: stall.status === "pending" ? "active" : stall.status,
    })
    return new StepResponse(updated, {
      id: stall.id,
      account_verified_at: stall.account_verified_at,
      account_verified_by: stall.account_verified_by,
      status: stall.status,
    })
  },
  async (before, { container }) => {
    if (before) await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls(before)
  }
)
