import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { type CertificateView, certificateView, type ProductBrief } from "./views"

type Filters = Record<string, unknown>

/** Certificates with their products, seller and (optionally) history, as the pages show them. */
export async function loadCertificates(
  container: MedusaContainer,
  filters: Filters,
  { take = 100, skip = 0, events = true }: { take?: number; skip?: number; events?: boolean } = {}
): Promise<{ certificates: CertificateView[]; count: number }> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [rows, count] = await ocop.listAndCountOcopCertificates(filters, {
    relations: events ? ["events"] : [],
    order: { created_at: "DESC" },
    take,
    skip,
  })
  if (!rows.length) return { certificates: [], count }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = rows.map((r) => r.id)
  const sellerIds = [...new Set(rows.map((r) => r.seller_id))]
  const [{ data: covered }, { data: sellers }] = await Promise.all([
    query.graph({
      entity: "ocop_certificate_product",
      fields: ["certificate_id", "product.id", "product.title", "product.handle"],
      filters: { certificate_id: ids },
    }),
    query.graph({ entity: "seller", fields: ["id", "name", "handle"], filters: { id: sellerIds } }),
  ])
  const productsOf = new Map<string, ProductBrief[]>()
  for (const row of covered as { certificate_id: string; product?: ProductBrief | null }[]) {
    if (!row.product) continue
    productsOf.set(row.certificate_id, [...(productsOf.get(row.certificate_id) ?? []), row.product])
  }
  const sellerOf = new Map((sellers as { id: string; name: string; handle: string }[]).map((s) => [s.id, s]))
  return {
    certificates: rows.map((row) =>
      certificateView(row as unknown as Parameters<typeof certificateView>[0], {
        products: productsOf.get(row.id) ?? [],
        seller: sellerOf.get(row.seller_id) ?? null,
      })
    ),
    count,
  }
}

export async function loadCertificate(container: MedusaContainer, filters: Filters): Promise<CertificateView | null> {
  const { certificates } = await loadCertificates(container, filters, { take: 1 })
  return certificates[0] ?? null
}

/** The products covered by these certificates. */
export function productsOfCertificates(container: MedusaContainer, ids: string[]): Promise<string[]> {
  return container.resolve<OcopModuleService>(OCOP_MODULE).coveredProducts(ids)
}
