import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCertificates } from "../../../../lib/load"
import type { AdminListQuery } from "../../../schemas"

/** The review queue: by status (submitted — waiting — when none is given), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as AdminListQuery
  const filters = status === "all" ? {} : { status: status ?? "submitted" }
  const { certificates, count } = await loadCertificates(req.scope, filters, {
    take: limit,
    skip: offset,
    events: false,
  })
  res.json({ certificates, count, limit, offset })
}
