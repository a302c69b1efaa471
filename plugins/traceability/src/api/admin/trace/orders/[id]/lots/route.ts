import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderLotsView } from "../../../../../../lib/allocation"
import { loadAllocationContext } from "../../../../../../lib/allocation-context"
import { TRACE_MODULE } from "../../../../../../lib/constants"
import { vietnamDay } from "../../../../../../lib/dates"
import type TraceModuleService from "../../../../../../modules/trace/service"
import { assignOrderLotsWorkflow } from "../../../../../../workflows/assign-order-lots"
import type { AssignOrderLotsBody } from "../../validators"

async function answer(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await loadAllocationContext(req.scope, { order_id: req.params.id })
  res.json({
    lines: orderLotsView({
      lines: context.lines,
      lots: [...context.lots, ...context.named_lots],
      allocations: context.allocations,
      allocatedByLot: context.allocated_by_lot,
      today: vietnamDay(),
    }),
    // The widget links each lot to its trace page there.
    storefront_url: req.scope.resolve<TraceModuleService>(TRACE_MODULE).settings().storefrontUrl,
  })
}

/** Each line of the order: its lots, the candidates (FEFO) and the suggestion. */
export const GET = answer

/** The operator assigns lots to lines at fulfilment; the answer is the order's lines as GET gives them. */
export async function POST(req: AuthenticatedMedusaRequest<AssignOrderLotsBody>, res: MedusaResponse) {
  await assignOrderLotsWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor_id: req.auth_context.actor_id, lines: req.validatedBody.lines },
  })
  await answer(req, res)
}
