import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCertificate } from "../../../../../../lib/load"
import { reviewCertificateWorkflow } from "../../../../../../workflows/review-certificate"
import type { ReasonBody } from "../../../../../schemas"

export async function POST(req: AuthenticatedMedusaRequest<ReasonBody>, res: MedusaResponse) {
  await reviewCertificateWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "approve",
      reason: (req.validatedBody as ReasonBody).reason ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ certificate: await loadCertificate(req.scope, { id: req.params.id }) })
}
