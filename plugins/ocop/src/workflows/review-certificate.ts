import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { loadCertificateForReviewStep, type ReviewAction } from "./steps/load-certificate-for-review"
import { moveCertificateStep } from "./steps/move-certificate"
import { syncBadgesStep } from "./steps/sync-badges"

export interface ReviewCertificateInput {
  id: string
  action: ReviewAction
  reason?: string | null
  actor_id: string
}

const MOVES = {
  approve: {
    from: ["submitted"],
    to: "approved",
    action: "approved",
    refusal: "Chỉ duyệt được chứng nhận đang chờ duyệt (not waiting for review).",
  },
  reject: {
    from: ["submitted"],
    to: "rejected",
    action: "rejected",
    refusal: "Chỉ từ chối được chứng nhận đang chờ duyệt (not waiting for review).",
  },
  revoke: {
    from: ["approved"],
    to: "revoked",
    action: "revoked",
    refusal: "Chỉ thu hồi được chứng nhận đã duyệt (not approved).",
  },
} as const

/**
 * The operator approves (a renewal then replaces the certificate it renews), rejects or revokes
 * (both with a reason the seller reads); the covered products' badges follow at once.
 */
export const reviewCertificateWorkflow = createWorkflow("review-ocop-certificate", (input: ReviewCertificateInput) => {
  const loaded = loadCertificateForReviewStep(input)
  moveCertificateStep(
    transform({ input }, ({ input }) => {
      const move = MOVES[input.action]
      return {
        id: input.id,
        from: [...move.from],
        to: move.to,
        action: move.action,
        actor: { type: "user" as const, id: input.actor_id },
        reason: input.action === "approve" ? null : (input.reason?.trim() ?? null),
        refusal: move.refusal,
        review: true,
      }
    })
  )
  when(
    "ocop-approve-renewal",
    { input, loaded },
    ({ input, loaded }) => input.action === "approve" && !!loaded.replaces_id
  ).then(() => {
    moveCertificateStep(
      transform({ input, loaded }, ({ input, loaded }) => ({
        id: loaded.replaces_id as string,
        from: ["approved" as const],
        to: "expired" as const,
        action: "replaced",
        actor: { type: "user" as const, id: input.actor_id },
        reason: `Thay bằng chứng nhận ${input.id}`,
        refusal: null,
      }))
    ).config({ name: "replace-renewed-ocop-certificate" })
  })
  syncBadgesStep(
    transform({ input, loaded }, ({ input, loaded }) => ({
      certificate_ids: [input.id, ...(loaded.replaces_id ? [loaded.replaces_id] : [])],
    }))
  )
  return new WorkflowResponse(loaded)
})
