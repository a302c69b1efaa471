import { vietnamToday } from "@choso/ocop-rules"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

export type ReviewAction = "approve" | "reject" | "revoke"

/** What the review needs: the certificate's status, the one it renews; refusals with a reason. */
export const loadCertificateForReviewStep = createStep(
  "load-ocop-certificate-for-review",
  async (input: { id: string; action: ReviewAction; reason?: string | null }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [certificate] = await ocop.listOcopCertificates(
      { id: input.id },
      { select: ["id", "status", "valid_until", "replaces_id"], take: 1 }
    )
    if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy chứng nhận này (not found).")
    if (input.action !== "approve" && !input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Hãy ghi lý do — người gửi sẽ đọc được lý do này (reason required)."
      )
    }
    if (input.action === "approve" && certificate.valid_until < vietnamToday()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Chứng nhận này đã quá 36 tháng, không thể duyệt — hãy từ chối và đề nghị gửi bản mới (already expired)."
      )
    }
    return new StepResponse({ id: certificate.id, replaces_id: certificate.replaces_id ?? null })
  }
)
