import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { loadLotDetail } from "../../../../../../lib/load"
import { recordTraceStepWorkflow } from "../../../../../../workflows/record-trace-step"
import type { StepBody } from "../../../../../schemas"

/** Records a step of the seller's lot (multipart with photos, or JSON). */
export async function POST(req: VendorRequest<StepBody>, res: MedusaResponse) {
  const files = (req as unknown as { files?: { buffer: Buffer; mimetype: string }[] }).files ?? []
  const { result } = await recordTraceStepWorkflow(req.scope).run({
    input: {
      ...(req.validatedBody as StepBody),
      seller_id: req.seller.seller_id,
      actor_id: req.seller.member_id,
      lot_id: req.params.id,
      photos: files.map((f) => ({ buffer: f.buffer, mime: f.mimetype })),
    },
  })
  const detail = await loadLotDetail(req.scope, req.params.id, req.seller.seller_id)
  res.status(201).json({ event: detail?.events.find((e) => e.id === result.id) ?? null })
}
