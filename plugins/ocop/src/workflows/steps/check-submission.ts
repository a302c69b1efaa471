import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CertificateFields, submissionProblems } from "../../lib/submission"

/** Refuses a submission whose facts, products or timing are wrong (the first problem's message). */
export const checkSubmissionStep = createStep(
  "check-ocop-submission",
  async (input: { seller_id: string; fields: CertificateFields; allow_expired?: boolean }, { container }) => {
    const problems = await submissionProblems(container, input.seller_id, input.fields, {
      allowExpired: input.allow_expired,
    })
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems[0].message)
    return new StepResponse(true)
  }
)
