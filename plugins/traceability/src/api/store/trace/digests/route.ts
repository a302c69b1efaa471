import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceOf } from "../../../../lib/load"
import type { DigestListQuery } from "../../../schemas"

/** Published daily digests, newest first. */
export async function GET(req: MedusaRequest<unknown, DigestListQuery>, res: MedusaResponse) {
  const { limit } = req.validatedQuery as DigestListQuery
  res.json({ digests: await traceOf(req.scope).listDigests(limit) })
}
