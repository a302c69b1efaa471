/**
 * The workflows of `@choso/ocop` the seed uses, typed from the plugin's contract
 * (plugins/ocop/API.md, src/workflows/*.ts): `medusa plugin:build` emits JavaScript without
 * declarations. Should the plugin ship its own types, TypeScript uses those instead of this file.
 */
declare module "@choso/ocop/workflows" {
  import type { MedusaContainer } from "@medusajs/framework/types"

  interface Runnable<TInput, TResult> {
    run(args: { input: TInput }): Promise<{ result: TResult }>
  }
  type Workflow<TInput, TResult> = (container?: MedusaContainer) => Runnable<TInput, TResult>

  type OcopGroup = "thuc-pham" | "do-uong" | "duoc-lieu" | "thu-cong-my-nghe" | "sinh-vat-canh" | "du-lich"
  type CertificateStatus = "draft" | "submitted" | "approved" | "rejected" | "expired" | "revoked"

  /** The stored row (the module's `ocop_certificate`). */
  interface CertificateRow {
    id: string
    seller_id: string
    status: CertificateStatus
    stars: number
    group: OcopGroup
    score: number
    authority_level: "central" | "provincial" | "district"
    authority_name: string
    decision_number: string
    /** "YYYY-MM-DD" (Vietnam day). */
    decision_date: string
    /** The last valid day: validUntil(decision_date). */
    valid_until: string
    document_file_id: string
    document_url: string
    document_mime_type: string
    document_size: number
    replaces_id: string | null
  }

  interface SubmitCertificateInput {
    seller_id: string
    /** The seller member who submits (actor `seller`); for an import, the operator user. */
    actor_id: string
    /** The seller's own products. */
    product_ids: string[]
    stars: 3 | 4 | 5
    group: OcopGroup
    /** 0–100, inside the stars' band (5★ 90–100, 4★ 70–<90, 3★ 50–<70). */
    score: number
    authority_level: "central" | "provincial" | "district"
    authority_name: string
    decision_number: string
    decision_date: string
    /** An uploaded file (uploadFilesWorkflow). */
    document: { file_id: string; url: string; mime_type: string; size: number }
    replaces_id?: string | null
  }

  /** The seller submits: the certificate waits for review ("submitted"). */
  export const submitCertificateWorkflow: Workflow<SubmitCertificateInput, CertificateRow>

  /** A certificate the province already issued, recorded with the same rules (an expired one may lie in the past) and its badges. */
  export const importCertificateWorkflow: Workflow<
    SubmitCertificateInput & { status: "approved" | "expired" },
    CertificateRow
  >
}
