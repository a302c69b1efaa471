import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { previousDay, vietnamDay } from "../lib/dates"
import { publishDigestStep } from "./steps/publish-digest"

export interface PublishTraceDigestInput {
  /** The Vietnam calendar day; the day that ended last (yesterday in Vietnam) unless given. */
  day?: string
}

/**
 * Publishes the signed digest of every lot's head for a day, once: a later rollback of a chain
 * (a head the chain no longer contains) shows against the published head.
 */
export const publishTraceDigestWorkflow = createWorkflow("publish-trace-digest", (input: PublishTraceDigestInput) => {
  const digest = publishDigestStep(
    transform({ input }, ({ input }) => ({ day: input.day ?? previousDay(vietnamDay()) }))
  )
  return new WorkflowResponse(digest)
})
