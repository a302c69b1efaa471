import { validUntil } from "@choso/ocop-rules"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificateFields } from "../../lib/submission"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { Actor } from "../../modules/ocop/service"

export interface CertificateDocumentRef {
  file_id: string
  url: string
  mime_type: string
  size: number
}

export interface CreateCertificateInput {
  seller_id: string
  fields: CertificateFields
  document: CertificateDocumentRef
  status: "submitted" | "approved" | "expired"
  action: "submitted" | "imported"
  actor: Actor
}

/** The certificate, the listings it covers and its first history row; removed again on failure. */
export const createCertificateStep = createStep(
  "create-ocop-certificate",
  async (input: CreateCertificateInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const f = input.fields
    const certificate = await ocop.createOcopCertificates({
      seller_id: input.seller_id,
      status: input.status,
      stars: f.stars,
      group: f.group as never,
      score: f.score,
      authority_level: f.authority_level as never,
      authority_name: f.authority_name.trim(),
      decision_number: f.decision_number.trim(),
      decision_date: f.decision_date,
      valid_until: validUntil(f.decision_date),
      document_file_id: input.document.file_id,
      document_url: input.document.url,
      document_mime_type: input.document.mime_type,
      document_size: input.document.size,
      replaces_id: f.replaces_id ?? null,
      ...(input.status === "submitted" ? {} : { reviewed_at: new Date(), reviewed_by: input.actor.id }),
    })
    await ocop.createOcopCertificateProducts(
      [...new Set(f.product_ids)].map((product_id) => ({ certificate_id: certificate.id, product_id }))
    )
    await ocop.createOcopCertificateEvents({
      certificate_id: certificate.id,
      action: input.action,
      from_status: null,
      to_status: input.status,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OcopModuleService>(OCOP_MODULE).removeCertificate(id)
  }
)
