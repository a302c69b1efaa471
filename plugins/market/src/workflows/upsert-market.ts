import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MarketBody, MarketUpdateBody } from "../api/schemas"
import { createMarketStep, updateMarketStep } from "./steps/upsert-market"

export const createMarketWorkflow = createWorkflow("create-market", (input: MarketBody) => {
  return new WorkflowResponse(createMarketStep(input))
})

export const updateMarketWorkflow = createWorkflow("update-market", (input: MarketUpdateBody & { id: string }) => {
  return new WorkflowResponse(updateMarketStep(input))
})
