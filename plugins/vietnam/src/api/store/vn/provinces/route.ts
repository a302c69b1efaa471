import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VIETNAM_MODULE } from "../../../../modules/vietnam"
import type VietnamModuleService from "../../../../modules/vietnam/service"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const vietnam = req.scope.resolve<VietnamModuleService>(VIETNAM_MODULE)
  const provinces = vietnam.listProvinces()
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ effective: vietnam.effectiveDate(), provinces, count: provinces.length })
}
