import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isDay } from "../../../../../lib/dates"
import { notFound } from "../../../../../lib/errors"
import { traceOf } from "../../../../../lib/load"

/** One day's digest with the heads it signs. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const digest = isDay(req.params.day) ? await traceOf(req.scope).digestOf(req.params.day) : null
  if (!digest) throw notFound("Chưa có bản tóm tắt cho ngày này (no digest for this day).")
  const { id: _id, ...published } = digest
  res.json({ digest: published })
}
