import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteFilesWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { certificateDocument } from "../../../../lib/documents"
import { loadCertificate, loadCertificates } from "../../../../lib/load"
import { submissionProblems } from "../../../../lib/submission"
import { submitCertificateWorkflow } from "../../../../workflows/submit-certificate"
import type { SubmissionBody } from "../../../schemas"

/** The seller's own certificates, newest first, with their history. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { certificates } = await loadCertificates(req.scope, { seller_id: req.seller.seller_id })
  res.json({ certificates })
}

/**
 * Submits a certificate with its scan. Everything is checked before the file is stored; a
 * failure after that removes the file again, so a refusal leaves nothing behind.
 */
export async function POST(req: VendorRequest<SubmissionBody>, res: MedusaResponse) {
  const body = req.validatedBody as SubmissionBody
  const problems = await submissionProblems(req.scope, req.seller.seller_id, body)
  if (problems.length) {
    return res.status(400).json({ type: "invalid_data", message: problems[0].message, problems })
  }
  const document = await certificateDocument((req as unknown as { file?: { buffer: Buffer } }).file?.buffer)
  const { result: files } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `ocop-${body.decision_number.replace(/[^\w-]+/g, "-")}.${document.extension}`,
          mimeType: document.mime_type,
          content: document.buffer.toString("base64"),
          access: "public",
        },
      ],
    },
  })
  const file = files[0]
  try {
    const { result } = await submitCertificateWorkflow(req.scope).run({
      input: {
        ...body,
        seller_id: req.seller.seller_id,
        actor_id: req.seller.member_id,
        document: { file_id: file.id, url: file.url, mime_type: document.mime_type, size: document.buffer.length },
      },
    })
    res.status(201).json({ certificate: await loadCertificate(req.scope, { id: result.id }) })
  } catch (error) {
    await deleteFilesWorkflow(req.scope).run({ input: { ids: [file.id] } })
    throw error
  }
}
