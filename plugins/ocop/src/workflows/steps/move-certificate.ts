import type { CertificateStatus } from "@choso/ocop-rules"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { Actor } from "../../modules/ocop/service"

export interface MoveCertificateInput {
  id: string
  from: CertificateStatus[]
  to: CertificateStatus
  action: string
  actor: Actor
  reason?: string | null
  /** When it is not (or no longer) in `from`: refuse with this message, or do nothing (null). */
  refusal: string | null
  review?: boolean
}

/** One status change with its history row, undone by the opposite change. */
export const moveCertificateStep = createStep(
  "move-ocop-certificate",
  async (input: MoveCertificateInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const row = await ocop.transition(input.id, {
      from: input.from,
      to: input.to,
      action: input.action,
      actor: input.actor,
      reason: input.reason ?? null,
      patch: {
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        ...(input.review ? { reviewed_at: new Date(), reviewed_by: input.actor.id } : {}),
      },
    })
    if (!row && input.refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, input.refusal)
    return new StepResponse(
      row,
      row ? { id: row.id, to: input.to, back: row.previous_status, actor: input.actor } : null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).transition(undo.id, {
      from: [undo.to],
      to: undo.back,
      action: "reverted",
      actor: undo.actor,
    })
  }
)
