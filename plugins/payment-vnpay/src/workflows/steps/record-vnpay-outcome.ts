import type { IpnReplyCode } from "@choso/vnpay"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type AttemptStatus, reviewReason } from "../../lib/attempt-status"
import type { VerifiedOutcome } from "../../lib/outcome"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"
import type { AttemptMatch } from "./match-vnpay-attempt"

export interface RecordedOutcome {
  code: IpnReplyCode
  status: AttemptStatus | null
}

/** Writes the outcome if the attempt is still where the match saw it; else it is a duplicate (02). */
export const recordVNPayOutcomeStep = createStep(
  "record-vnpay-outcome",
  async ({ outcome, match }: { outcome: VerifiedOutcome; match: AttemptMatch }, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const to: AttemptStatus = match.kind === "paid" ? "paid" : match.kind === "review" ? "review" : "failed"
    const row = await vnpay.transition(match.attempt_id!, {
      from: match.from,
      to,
      event: "outcome",
      patch: {
        response_code: outcome.response_code,
        transaction_status: outcome.transaction_status,
        transaction_no: outcome.transaction_no,
        paid_bank_code: outcome.bank_code,
        pay_date: outcome.pay_date,
        source: outcome.source,
        outcome_at: new Date(),
        reason: to === "review" ? reviewReason(outcome.response_code, outcome.transaction_status) : null,
      },
      detail: { source: outcome.source, vnpay: outcome.raw },
    })
    const recorded: RecordedOutcome = row ? { code: "00", status: to } : { code: "02", status: null }
    return new StepResponse(recorded, row ? { id: row.id, to, previous: row.previous_status } : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<VNPayModuleService>(VNPAY_MODULE).transition(undo.id, {
      from: [undo.to],
      to: undo.previous,
      event: "outcome_reverted",
    })
  }
)
