import { isValidGtin, toGtin14 } from "@choso/trace-rules"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../../../lib/errors"
import { findTraceView } from "../../../../../../../lib/trace-view"

/** The trace behind a GS1 Digital Link (/01/{gtin}/10/{lot}); the GTIN in 8–14 digits. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { gtin, lot } = req.params
  const trace = isValidGtin(gtin) ? await findTraceView(req.scope, { gtin: toGtin14(gtin), code: lot }) : null
  if (!trace) throw notFound()
  res.json({ trace })
}
