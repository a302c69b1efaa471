import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { answeringRefusals } from "../../../../lib/errors"
import { listLotRows, summariesOf, traceOf } from "../../../../lib/load"
import { createLotWorkflow } from "../../../../workflows/create-lot"
import type { LotListQuery, NewLotBody } from "../../../schemas"

/** The seller's lots, newest first. */
export async function GET(req: VendorRequest<unknown, LotListQuery>, res: MedusaResponse) {
  const query = req.validatedQuery as LotListQuery
  const { rows, count } = await listLotRows(req.scope, { ...query, seller_id: req.seller.seller_id })
  res.json({ lots: await summariesOf(req.scope, rows), count })
}

/** Opens a lot of one of the seller's variants. */
export async function POST(req: VendorRequest<NewLotBody>, res: MedusaResponse) {
  await answeringRefusals(res, async () => {
    const { result } = await createLotWorkflow(req.scope).run({
      input: { ...(req.validatedBody as NewLotBody), seller_id: req.seller.seller_id, actor_id: req.seller.member_id },
    })
    const lot = await traceOf(req.scope).findLot({ id: result.id })
    const [summary] = await summariesOf(req.scope, lot ? [lot] : [])
    res.status(201).json({ lot: summary })
  })
}
