import type { MedusaResponse } from "@medusajs/framework/http"
import { requestView } from "../../../lib/views"
import { createPaymentRequestWorkflow } from "../../../workflows/create-payment-request"
import type { PaymentRequestBody } from "../../schemas"
import type { StallRequest } from "../device-auth"

/** "Tạo mã QR": a request for this amount on this rail, with its QR. */
export async function POST(req: StallRequest<PaymentRequestBody>, res: MedusaResponse) {
  const body = req.validatedBody as PaymentRequestBody
  const { result } = await createPaymentRequestWorkflow(req.scope).run({
    input: {
      stall_id: req.stall_device.stall_id,
      amount: body.amount,
      rail: body.rail,
      created_by: req.stall_device.member_id,
      device_id: req.stall_device.id,
      ip: req.ip,
    },
  })
  res.status(201).json({ request: requestView(result) })
}
