import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../lib/seller-codes"
import type SellerModuleService from "../../../modules/seller/service"
import type { AdminListSellersQuery } from "../../schemas"
import { addressOf } from "../../views"

/** The operator's list: by status, searched by name, newest first. */
export async function GET(req: MedusaRequest<unknown, AdminListSellersQuery>, res: MedusaResponse) {
  const { status, q, limit, offset } = req.validatedQuery as AdminListSellersQuery
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [rows, count] = await sellers.listAndCountSellers(
    { ...(status !== "all" ? { status } : {}), ...(q ? { q } : {}) },
    {
      select: [
        "id",
        "handle",
        "name",
        "kind",
        "legal_form",
        "status",
        "representative",
        "province_code",
        "ward_code",
        "address_line",
        "created_at",
      ],
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({
    sellers: rows.map((s) => ({ ...s, province_name: addressOf(req.scope, s).province_name })),
    count,
    limit,
    offset,
  })
}
