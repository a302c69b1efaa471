import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VIETNAM_MODULE } from "../../../../../../modules/vietnam"
import type VietnamModuleService from "../../../../../../modules/vietnam/service"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const vietnam = req.scope.resolve<VietnamModuleService>(VIETNAM_MODULE)
  const { wards: _wards, ...province } = vietnam.retrieveProvince(req.params.code)
  const q = typeof req.query.q === "string" ? req.query.q : undefined
  const wards = vietnam.listWards(province.code, q)
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ province, wards, count: wards.length })
}
