import { SHORT_CODE_PATTERN } from "@choso/trace-rules"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../../lib/errors"
import { findTraceView } from "../../../../../../lib/trace-view"

/** The trace behind a short link (/t/{code}). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = req.params.code.toUpperCase()
  const trace = SHORT_CODE_PATTERN.test(code) ? await findTraceView(req.scope, { short_code: code }) : null
  if (!trace) throw notFound()
  res.json({ trace })
}
