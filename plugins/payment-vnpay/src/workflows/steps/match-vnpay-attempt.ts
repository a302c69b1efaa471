import type { IpnReplyCode } from "@choso/vnpay"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type AttemptStatus, classifyOutcome, type OutcomeKind, outcomeMayReplace } from "../../lib/attempt-status"
import type { VerifiedOutcome } from "../../lib/outcome"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"

export interface AttemptMatch {
  /** VNPay's IPN reply when the outcome is not to be recorded (01, 02, 04), else "00". */
  code: IpnReplyCode
  attempt_id: string | null
  kind: OutcomeKind
  from: AttemptStatus[]
}

/**
 * VNPay's IPN rules after the signature, in VNPay's order: the attempt exists (01) → the amount
 * is the attempt's (04) → the outcome may still be recorded (02). Reads only; the write is the
 * next step's compare-and-set, which settles races between duplicates.
 */
export const matchVNPayAttemptStep = createStep(
  "match-vnpay-attempt",
  async (outcome: VerifiedOutcome, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const [attempt] = await vnpay.listVNPayAttempts(
      { txn_ref: outcome.txn_ref },
      { select: ["id", "amount", "status"], take: 1 }
    )
    const kind = classifyOutcome(outcome.response_code, outcome.transaction_status)
    const match = (code: IpnReplyCode, from: AttemptStatus[] = []): AttemptMatch => ({
      code,
      attempt_id: attempt?.id ?? null,
      kind,
      from,
    })
    if (!attempt) return new StepResponse(match("01"))
    if (Number(attempt.amount) !== outcome.amount) return new StepResponse(match("04"))
    if (kind === "unfinished") return new StepResponse(match("00"))
    const from = outcomeMayReplace(kind)
    return new StepResponse(match(from.includes(attempt.status as AttemptStatus) ? "00" : "02", from))
  }
)
