import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bankShortName } from "../../../../lib/vietqr"
import { MARKET_MODULE } from "../../../../modules/market"
import type MarketModuleService from "../../../../modules/market/service"

/**
 * What a printed stall sign's QR opens (/c/{code}): the stall and the verified holder name,
 * so a customer can tell a scammer's sticker from the stall's own sign. No account number.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
  const [stall] = await market.listStalls(
    { code: String(req.params.code).toUpperCase(), status: ["active", "pending"] },
    { relations: ["market"], take: 1 }
  )
  if (!stall) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có quầy nào mang mã này (no such stall).")
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    stall: {
      code: stall.code,
      number: stall.number,
      display_name: stall.display_name,
      goods: stall.goods,
      photo_url: stall.photo_url,
      market: { name: stall.market.name, address: stall.market.address, illustration: stall.market.illustration },
      holder: stall.account_holder,
      bank_name: bankShortName(stall.bank_bin),
      verified: !!stall.account_verified_at && stall.status === "active",
    },
  })
}
