import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VietnameseAddressInput } from "../../../../lib/address"
import { VIETNAM_MODULE } from "../../../../modules/vietnam"
import type VietnamModuleService from "../../../../modules/vietnam/service"

/** Checks an address without touching a cart, so a form can show every problem at once. */
export async function POST(req: MedusaRequest<VietnameseAddressInput>, res: MedusaResponse) {
  const vietnam = req.scope.resolve<VietnamModuleService>(VIETNAM_MODULE)
  const issues = vietnam.validateAddress(req.body ?? {})
  const phone = req.body?.phone ? vietnam.normalizePhone(req.body.phone) : null
  res.json({ valid: issues.length === 0, issues, normalized_phone: phone })
}
