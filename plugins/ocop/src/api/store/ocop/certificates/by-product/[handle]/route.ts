import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateView } from "../../../../../../lib/views"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"

/**
 * The certificate panel of a product page: the one its badge comes from (approved, unexpired),
 * with the document and the national register — or null.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: req.params.handle, status: "published" },
  })
  const productId = (data[0] as { id?: string } | undefined)?.id
  const [badge] = productId
    ? await req.scope
        .resolve<OcopModuleService>(OCOP_MODULE)
        .listOcopBadges({ product_id: productId }, { select: ["certificate_id"], take: 1 })
    : []
  // The panel needs the certificate's own fields only: one row, no history, no joins.
  const [row] = badge
    ? await req.scope
        .resolve<OcopModuleService>(OCOP_MODULE)
        .listOcopCertificates({ id: badge.certificate_id, status: "approved" }, { take: 1 })
    : []
  const certificate = row ? certificateView(row as unknown as Parameters<typeof certificateView>[0]) : null
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ certificate: certificate ? { ...certificate, reason: null } : null })
}
