import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"

/** The scan as the seller sent it (PDF) or re-encoded (photo), inline beside the review form. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [certificate] = await req.scope
    .resolve<OcopModuleService>(OCOP_MODULE)
    .listOcopCertificates({ id: req.params.id }, { select: ["document_file_id", "document_mime_type"], take: 1 })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Certificate not found")
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(certificate.document_file_id)
  res.setHeader("Content-Type", certificate.document_mime_type)
  res.setHeader("Content-Disposition", "inline")
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
