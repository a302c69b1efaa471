import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { loadLotDetail } from "../../../../../../lib/load"
import { correctTraceEventWorkflow } from "../../../../../../workflows/correct-trace-event"
import type { CorrectionBody } from "../../../../../schemas"

/** Declares one of the seller's recorded events an error (and appends its replacement). */
export async function POST(req: VendorRequest<CorrectionBody>, res: MedusaResponse) {
  const body = req.validatedBody as CorrectionBody
  const { result } = await correctTraceEventWorkflow(req.scope).run({
    input: {
      seller_id: req.seller.seller_id,
      actor_id: req.seller.member_id,
      entry_id: req.params.id,
      reason: body.reason,
      note: body.note,
      replacement: body.replacement ?? null,
    },
  })
  const detail = await loadLotDetail(req.scope, result[0].lot_id, req.seller.seller_id)
  const ids = new Set(result.map((e) => e.id))
  res.status(201).json({ events: detail?.events.filter((e) => ids.has(e.id)) ?? [] })
}
