import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

const SYSTEM = { type: "system" as const, id: null }

/** Approved certificates whose last valid day is before `today` (Vietnam) become expired. */
export const expireDueStep = createStep(
  "expire-due-ocop-certificates",
  async (input: { today: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const due = await ocop.listOcopCertificates(
      { status: "approved", valid_until: { $lt: input.today } },
      { select: ["id"], take: 1000 }
    )
    const expired: string[] = []
    for (const { id } of due) {
      const row = await ocop.transition(id, {
        from: ["approved"],
        to: "expired",
        action: "expired",
        actor: SYSTEM,
        reason: "Hết hiệu lực 36 tháng",
      })
      if (row) expired.push(id)
    }
    return new StepResponse(expired, expired)
  },
  async (expired, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    for (const id of expired ?? []) {
      await ocop.transition(id, { from: ["expired"], to: "approved", action: "reverted", actor: SYSTEM })
    }
  }
)
