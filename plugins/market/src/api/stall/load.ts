import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { bankShortName } from "../../lib/vietqr"
import { stallView } from "../../lib/views"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export const STALL_FIELDS = [
  "id",
  "code",
  "number",
  "display_name",
  "goods",
  "photo_url",
  "status",
  "bank_bin",
  "bank_account",
  "account_holder",
  "account_verified_at",
  "market.id",
  "market.code",
  "market.name",
  "market.address",
]

export async function loadStallView(scope: MedusaContainer, stallId: string) {
  const market = scope.resolve<MarketModuleService>(MARKET_MODULE)
  const stall = await market.retrieveStall(stallId, { select: STALL_FIELDS, relations: ["market"] })
  return stallView(stall as Parameters<typeof stallView>[0], bankShortName)
}

/** A request of this stall, or 404 (another stall's id is as unknown as a made-up one). */
export async function ownRequest(scope: MedusaContainer, stallId: string, id: string) {
  const market = scope.resolve<MarketModuleService>(MARKET_MODULE)
  const [request] = await market.listPaymentRequests({ id, stall_id: stallId }, { take: 1 })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy yêu cầu thanh toán này (not found).")
  return request
}
