import { isValidOn, vietnamToday } from "@choso/ocop-rules"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCertificates } from "../../../../../lib/load"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"

/** The product page widget: the certificate in force, and every certificate of the product. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const covering = await req.scope.resolve<OcopModuleService>(OCOP_MODULE).coveringCertificates([req.params.id])
  const ids = [...new Set(covering.map((c) => c.certificate_id))]
  const { certificates } = ids.length ? await loadCertificates(req.scope, { id: ids }) : { certificates: [] }
  const today = vietnamToday()
  const current = certificates
    .filter((c) => isValidOn(c, today))
    .sort((a, b) => b.valid_until.localeCompare(a.valid_until))[0]
  res.json({ current: current ?? null, certificates })
}
