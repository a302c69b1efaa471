import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStallWorkflow } from "../../../workflows/upsert-stall"
import type { AdminListQuery, StallBody } from "../../schemas"

export const ADMIN_STALL_FIELDS = [
  "*",
  "market.id",
  "market.code",
  "market.name",
  "seller.id",
  "seller.name",
  "seller.handle",
  "seller.status",
]

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuery>, res: MedusaResponse) {
  const { limit, offset, status, market_id } = req.validatedQuery as AdminListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "stall",
    fields: ADMIN_STALL_FIELDS,
    filters: { ...(status ? { status } : {}), ...(market_id ? { market_id } : {}) },
    pagination: { take: limit, skip: offset, order: { code: "ASC" } },
  })
  res.json({ stalls: data, count: metadata?.count ?? data.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<StallBody>, res: MedusaResponse) {
  const { result } = await createStallWorkflow(req.scope).run({ input: req.validatedBody as StallBody })
  res.status(201).json({ stall: result })
}
