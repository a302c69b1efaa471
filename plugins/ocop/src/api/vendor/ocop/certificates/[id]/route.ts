import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadCertificate } from "../../../../../lib/load"

export async function GET(req: VendorRequest, res: MedusaResponse) {
  const certificate = await loadCertificate(req.scope, { id: req.params.id, seller_id: req.seller.seller_id })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy chứng nhận này (not found).")
  res.json({ certificate })
}
