import { model } from "@medusajs/framework/utils"
import { ATTEMPT_STATUSES } from "../../../lib/attempt-status"
import { VNPAY_PURPOSES } from "../../../lib/constants"
import VNPayAttemptEvent from "./vnpay-attempt-event"

/**
 * One VNPay payment attempt (one TxnRef), recorded when its payment URL is made, so that a
 * verified IPN or querydr answer always finds what it paid for — even after Medusa deleted the
 * payment session. Generic: `purpose` says what is being paid (a cart, or a stall's payment
 * request), `resource_id` which one. Every change of `status` is a row in `events`.
 */
const VNPayAttempt = model
  .define("vnpay_attempt", {
    id: model.id({ prefix: "vnpat" }).primaryKey(),
    txn_ref: model.text(),
    purpose: model.enum([...VNPAY_PURPOSES]),
    resource_id: model.text(),
    payment_session_id: model.text().nullable(),
    /** VND, integer. */
    amount: model.number(),
    /** vnp_CreateDate (yyyyMMddHHmmss, GMT+7): VNPay finds the payment by TxnRef and this. */
    create_date: model.text(),
    expires_at: model.dateTime(),
    bank_code: model.text().nullable(),
    locale: model.text(),
    ip: model.text(),
    order_info: model.text(),
    payment_url: model.text(),
    status: model.enum([...ATTEMPT_STATUSES]).default("pending"),
    /** Why the attempt needs or needed attention (cart_changed, out_of_stock, suspected_fraud…). */
    reason: model.text().nullable(),
    response_code: model.text().nullable(),
    transaction_status: model.text().nullable(),
    transaction_no: model.text().nullable(),
    paid_bank_code: model.text().nullable(),
    pay_date: model.dateTime().nullable(),
    source: model.enum(["ipn", "querydr"]).nullable(),
    outcome_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    completion_tries: model.number().default(0),
    last_error: model.text().nullable(),
    refund_requested_at: model.dateTime().nullable(),
    refund_transaction_no: model.text().nullable(),
    refund_status: model.text().nullable(),
    refunded_at: model.dateTime().nullable(),
    events: model.hasMany(() => VNPayAttemptEvent, { mappedBy: "attempt" }),
  })
  .indexes([{ on: ["txn_ref"], unique: true }, { on: ["resource_id"] }, { on: ["status", "created_at"] }])

export default VNPayAttempt
