import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTENTION_STATUSES } from "../../../../lib/attempt-status"
import { VNPAY_MODULE } from "../../../../modules/vnpay"
import type VNPayModuleService from "../../../../modules/vnpay/service"
import type { ListVNPayAttemptsQuery } from "../../../middlewares"

const FIELDS = [
  "id",
  "txn_ref",
  "purpose",
  "resource_id",
  "amount",
  "status",
  "reason",
  "response_code",
  "transaction_status",
  "transaction_no",
  "paid_bank_code",
  "pay_date",
  "order_id",
  "last_error",
  "refund_status",
  "refund_requested_at",
  "refunded_at",
  "created_at",
  "updated_at",
] as const

/** The operator's list: by default every attempt that needs or needed attention, newest first. */
export async function GET(req: MedusaRequest<unknown, ListVNPayAttemptsQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as ListVNPayAttemptsQuery
  const vnpay = req.scope.resolve<VNPayModuleService>(VNPAY_MODULE)
  const statuses = status === "attention" ? [...ATTENTION_STATUSES] : status === "all" ? undefined : [status]
  const [attempts, count] = await vnpay.listAndCountVNPayAttempts(statuses ? { status: statuses } : {}, {
    select: [...FIELDS],
    order: { updated_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ vnpay_attempts: attempts, count, limit, offset })
}
