import { vietnamToday } from "@choso/ocop-rules"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import type { StoreProductsQuery } from "../../../schemas"

/** The OCOP page: products with a badge in force, most stars first, by stars and group. */
export async function GET(req: MedusaRequest<unknown, StoreProductsQuery>, res: MedusaResponse) {
  const { stars, group, limit, offset } = req.validatedQuery as StoreProductsQuery
  const [badges, count] = await req.scope.resolve<OcopModuleService>(OCOP_MODULE).listAndCountOcopBadges(
    {
      valid_until: { $gte: vietnamToday() },
      ...(stars ? { stars } : {}),
      ...(group ? { group } : {}),
    },
    { order: { stars: "DESC", valid_until: "DESC" }, take: limit, skip: offset }
  )
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({
    products: badges.map((b) => ({
      id: b.product_id,
      badge: { stars: b.stars, group: b.group, valid_until: b.valid_until, certificate_id: b.certificate_id },
    })),
    count,
  })
}
