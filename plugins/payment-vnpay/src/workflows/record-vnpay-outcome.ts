import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VNPAY_ATTEMPT_ATTENTION_EVENT, VNPAY_ATTEMPT_PAID_EVENT } from "../lib/constants"
import type { VerifiedOutcome } from "../lib/outcome"
import { matchVNPayAttemptStep } from "./steps/match-vnpay-attempt"
import { type RecordedOutcome, recordVNPayOutcomeStep } from "./steps/record-vnpay-outcome"

/**
 * The fast half of an IPN (or a querydr answer): match the attempt, check the amount, record the
 * outcome durably, and emit `vnpay.attempt.paid`. The order (or the refund) is made afterwards by
 * the subscriber of that event, and by the reconciliation job if the event is lost.
 */
export const recordVNPayOutcomeWorkflow = createWorkflow("record-vnpay-outcome", (outcome: VerifiedOutcome) => {
  const match = matchVNPayAttemptStep(outcome)
  const recorded = when(
    "vnpay-outcome-recordable",
    { match },
    ({ match }) => match.code === "00" && match.kind !== "unfinished"
  ).then(() => recordVNPayOutcomeStep({ outcome, match }))
  when("vnpay-outcome-paid", { recorded }, ({ recorded }) => recorded?.status === "paid").then(() => {
    emitEventStep({
      eventName: VNPAY_ATTEMPT_PAID_EVENT,
      data: transform({ match }, ({ match }) => ({ id: match.attempt_id })),
    }).config({ name: "emit-vnpay-attempt-paid" })
  })
  when("vnpay-outcome-review", { recorded }, ({ recorded }) => recorded?.status === "review").then(() => {
    emitEventStep({
      eventName: VNPAY_ATTEMPT_ATTENTION_EVENT,
      data: transform({ match }, ({ match }) => ({ id: match.attempt_id })),
    }).config({ name: "emit-vnpay-attempt-review" })
  })
  const result = transform(
    { match, recorded },
    ({ match, recorded }): RecordedOutcome & { attempt_id: string | null } => ({
      code: recorded ? recorded.code : match.code,
      status: recorded?.status ?? null,
      attempt_id: match.attempt_id,
    })
  )
  return new WorkflowResponse(result)
})
