import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../lib/errors"
import { traceOf } from "../../lib/load"
import type { LotRow } from "../../lib/views"

/**
 * The lots, each of which must be the seller's (when a seller acts): another seller's lot is
 * answered exactly as a lot that does not exist.
 */
export const loadOwnLotsStep = createStep(
  "load-own-trace-lots",
  async (input: { seller_id: string | null; lot_ids: string[] }, { container }) => {
    const ids = [...new Set(input.lot_ids)]
    if (!ids.length) return new StepResponse<LotRow[]>([])
    const rows = await traceOf(container).lotsById(ids)
    if (rows.length !== ids.length || rows.some((row) => input.seller_id && row.seller_id !== input.seller_id)) {
      throw notFound()
    }
    return new StepResponse<LotRow[]>(ids.map((id) => rows.find((row) => row.id === id) as LotRow))
  }
)
