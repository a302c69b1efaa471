import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadCertificate } from "../../../../../lib/load"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const certificate = await loadCertificate(req.scope, { id: req.params.id })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Certificate not found")
  res.json({ certificate })
}
