import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSubmissionStep } from "./steps/check-submission"
import { createCertificateStep } from "./steps/create-certificate"
import { syncBadgesStep } from "./steps/sync-badges"
import { fieldsOf, type SubmitCertificateInput } from "./submit-certificate"

export interface ImportCertificateInput extends SubmitCertificateInput {
  status: "approved" | "expired"
}

/**
 * A certificate the province already issued, recorded by the operator (or the seed) with the
 * same rules — an expired one may lie in the past — and the badges it gives.
 */
export const importCertificateWorkflow = createWorkflow("import-ocop-certificate", (input: ImportCertificateInput) => {
  const fields = transform({ input }, ({ input }) => fieldsOf(input))
  checkSubmissionStep(
    transform({ input, fields }, ({ input, fields }) => ({
      seller_id: input.seller_id,
      fields,
      allow_expired: input.status === "expired",
    }))
  )
  const certificate = createCertificateStep(
    transform({ input, fields }, ({ input, fields }) => ({
      seller_id: input.seller_id,
      fields,
      document: input.document,
      status: input.status,
      action: "imported" as const,
      actor: { type: "user" as const, id: input.actor_id },
    }))
  )
  syncBadgesStep(transform({ certificate }, ({ certificate }) => ({ certificate_ids: [certificate.id] })))
  return new WorkflowResponse(certificate)
})
