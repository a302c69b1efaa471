import { vietnamToday } from "@choso/ocop-rules"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

const ASKS_FOR_BADGE = /(^|,)\s*[+*]?ocop_badge\b/

type ProductLike = { id?: string; ocop_badge?: unknown }

/**
 * `fields=+ocop_badge.*` on the store's product routes. Medusa 2.21 answers product lists from
 * the Index Module, which drops a read-only link's fields, so the badges in force are read here
 * (one query for the page) and set on the products of the answer.
 */
export function attachOcopBadges(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const fields = typeof req.query.fields === "string" ? req.query.fields : ""
  if (!ASKS_FOR_BADGE.test(fields)) return next()
  const send = res.json.bind(res)
  res.json = ((body: { products?: ProductLike[]; product?: ProductLike }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    const ids = products.map((p) => p.id).filter((id): id is string => !!id)
    if (!ids.length) return send(body)
    req.scope
      .resolve<OcopModuleService>(OCOP_MODULE)
      .listOcopBadges(
        { product_id: ids, valid_until: { $gte: vietnamToday() } },
        { select: ["product_id", "stars", "group", "valid_until", "certificate_id"] }
      )
      .then((badges) => {
        const byProduct = new Map(badges.map((b) => [b.product_id, b]))
        for (const product of products) {
          const badge = product.id ? byProduct.get(product.id) : undefined
          product.ocop_badge = badge
            ? {
                stars: badge.stars,
                group: badge.group,
                valid_until: badge.valid_until,
                certificate_id: badge.certificate_id,
              }
            : null
        }
        send(body)
      })
      .catch(next)
    return res
  }) as MedusaResponse["json"]
  next()
}
