/**
 * What shoppers see of OCOP certificates (plugins/ocop/API.md, `/store/ocop/*`): the product
 * page's certificate panel and the OCOP page's list. The badge itself rides on the product
 * (catalog.server.ts asks for `ocop_badge`).
 */
import { vietnamToday } from "@choso/ocop-rules"
import type { Lang } from "./i18n"
import { backendUrl, errorStatus, localeHeaders, sdk } from "./medusa.server"
import { readBadge, toCertificatePanel } from "./ocop"
import type {
  CertificatePanelVM,
  OcopBadgeVM,
  OcopGroup,
  OcopProductsAnswer,
  OcopStars,
  ProductCertificateAnswer,
} from "./ocop-types"

/** The product's valid certificate, or null (none, not valid, or the call failed: the page still shows). */
export async function getProductCertificate(productHandle: string, lang: Lang): Promise<CertificatePanelVM | null> {
  try {
    const answer = await sdk().client.fetch<ProductCertificateAnswer>(
      `/store/ocop/certificates/by-product/${encodeURIComponent(productHandle)}`,
      { headers: localeHeaders(lang) }
    )
    return toCertificatePanel(answer.certificate, vietnamToday(), {
      registerUrl: answer.register_url,
      documentBase: backendUrl(),
    })
  } catch (error) {
    if (errorStatus(error) !== 404) {
      console.warn(
        `[storefront] OCOP certificate of ${productHandle}: ${error instanceof Error ? error.message : error}`
      )
    }
    return null
  }
}

export interface OcopProductIds {
  items: { id: string; badge: OcopBadgeVM }[]
  count: number
}

/** Certified products (ids and badges), by stars and group; expired badges are left out. */
export async function listOcopProductIds(
  lang: Lang,
  filter: { stars?: OcopStars | null; group?: OcopGroup | null; limit: number; offset?: number }
): Promise<OcopProductIds> {
  const query: Record<string, string | number> = { limit: filter.limit, offset: filter.offset ?? 0 }
  if (filter.stars) query.stars = filter.stars
  if (filter.group) query.group = filter.group
  const answer = await sdk().client.fetch<OcopProductsAnswer>("/store/ocop/products", {
    query,
    headers: localeHeaders(lang),
  })
  const today = vietnamToday()
  const items: OcopProductIds["items"] = []
  for (const product of answer.products ?? []) {
    const badge = readBadge(product.badge, today)
    if (badge && typeof product.id === "string") {
      items.push({ id: product.id, badge })
    }
  }
  return { items, count: typeof answer.count === "number" ? answer.count : items.length }
}
