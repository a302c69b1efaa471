import { SELLER_MODULE } from "@choso/marketplace/lib/seller-codes"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { StallBody, StallUpdateBody } from "../api/schemas"
import { MARKET_MODULE } from "../lib/constants"
import { createStallStep, updateStallStep, verifyStallAccountStep } from "./steps/upsert-stall"

/** The operator adds a stall and links it to its seller (undone together). */
export const createStallWorkflow = createWorkflow("create-stall", (input: StallBody) => {
  const stall = createStallStep(input)
  createRemoteLinkStep(
    transform({ stall, input }, ({ stall, input }) => [
      { [SELLER_MODULE]: { seller_id: input.seller_id }, [MARKET_MODULE]: { stall_id: stall.id } },
    ])
  )
  return new WorkflowResponse(stall)
})

export const updateStallWorkflow = createWorkflow("update-stall", (input: StallUpdateBody & { id: string }) => {
  return new WorkflowResponse(updateStallStep(input))
})

export const verifyStallAccountWorkflow = createWorkflow(
  "verify-stall-account",
  (input: { id: string; holder_name: string; by: string }) => new WorkflowResponse(verifyStallAccountStep(input))
)
