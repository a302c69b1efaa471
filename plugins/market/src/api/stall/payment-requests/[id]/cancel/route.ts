import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKET_ERRORS } from "../../../../../lib/errors"
import { requestView } from "../../../../../lib/views"
import { closePaymentRequestsWorkflow } from "../../../../../workflows/close-payment-requests"
import type { StallRequest } from "../../../device-auth"
import { ownRequest } from "../../../load"

/** The customer left: a pending request is cancelled (a payment arriving later is "cần kiểm tra"). */
export async function POST(req: StallRequest, res: MedusaResponse) {
  const request = await ownRequest(req.scope, req.stall_device.stall_id, req.params.id)
  const { result } = await closePaymentRequestsWorkflow(req.scope).run({
    input: { ids: [request.id], stall_id: req.stall_device.stall_id, to: "cancelled" },
  })
  const cancelled = result.requests[0]
  if (!cancelled) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Yêu cầu này không còn chờ thanh toán nên không huỷ được (not pending).",
      MARKET_ERRORS.notPending
    )
  }
  res.json({ request: requestView(cancelled) })
}
