import { vietnamToday } from "@choso/ocop-rules"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireDueStep } from "./steps/expire-due"
import { syncBadgesStep } from "./steps/sync-badges"
import { warnExpiringStep } from "./steps/warn-expiring"

/**
 * The daily run (and any rerun): certificates past their last valid day expire and lose their
 * badges; producers are warned 60 and 30 days ahead, once each. `today` is a Vietnam day.
 */
export const expireCertificatesWorkflow = createWorkflow("expire-ocop-certificates", (input: { today?: string }) => {
  const today = transform({ input }, ({ input }) => input.today ?? vietnamToday())
  const expired = expireDueStep(transform({ today }, ({ today }) => ({ today })))
  syncBadgesStep(transform({ expired, today }, ({ expired, today }) => ({ certificate_ids: expired, today })))
  const warned = warnExpiringStep(transform({ today }, ({ today }) => ({ today })))
  return new WorkflowResponse(transform({ expired, warned }, ({ expired, warned }) => ({ expired, warned })))
})
