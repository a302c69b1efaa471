import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificateFields } from "../lib/submission"
import { checkSubmissionStep } from "./steps/check-submission"
import { type CertificateDocumentRef, createCertificateStep } from "./steps/create-certificate"

export interface SubmitCertificateInput extends CertificateFields {
  seller_id: string
  actor_id: string
  document: CertificateDocumentRef
}

const fieldsOf = (input: SubmitCertificateInput): CertificateFields => ({
  product_ids: input.product_ids,
  stars: input.stars,
  group: input.group,
  score: input.score,
  authority_level: input.authority_level,
  authority_name: input.authority_name,
  decision_number: input.decision_number,
  decision_date: input.decision_date,
  replaces_id: input.replaces_id ?? null,
})

/** A producer submits a certificate for its own products; the operator reviews it. */
export const submitCertificateWorkflow = createWorkflow("submit-ocop-certificate", (input: SubmitCertificateInput) => {
  const fields = transform({ input }, ({ input }) => fieldsOf(input))
  checkSubmissionStep(transform({ input, fields }, ({ input, fields }) => ({ seller_id: input.seller_id, fields })))
  const certificate = createCertificateStep(
    transform({ input, fields }, ({ input, fields }) => ({
      seller_id: input.seller_id,
      fields,
      document: input.document,
      status: "submitted" as const,
      action: "submitted" as const,
      actor: { type: "seller" as const, id: input.actor_id },
    }))
  )
  return new WorkflowResponse(certificate)
})

export { fieldsOf }
