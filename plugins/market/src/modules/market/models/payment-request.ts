import { PAYMENT_RAILS, PAYMENT_REQUEST_STATUSES, REVIEW_DECISIONS } from "@choso/market-rules"
import { model } from "@medusajs/framework/utils"
import Stall from "./stall"

/**
 * One amount a vendor asked for. Paid only by the server: a matching SePay-format webhook
 * (VietQR) or VNPay's signed IPN, recorded in `confirmation_source`/`confirmation_id`.
 */
const PaymentRequest = model
  .define("stall_payment_request", {
    id: model.id({ prefix: "spr" }).primaryKey(),
    /** CS + 5: the transfer's content (VietQR 62.08) and the VNPay TxnRef; unique for ever. */
    reference: model.text(),
    amount: model.number(),
    rail: model.enum([...PAYMENT_RAILS]),
    status: model.enum([...PAYMENT_REQUEST_STATUSES]).default("pending"),
    expires_at: model.dateTime(),
    /** The VietQR EMV payload, or the VNPay payment URL. */
    qr_payload: model.text(),
    /** The stall's receiving account when the QR was made (VietQR). */
    account: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    confirmation_source: model.enum(["sepay", "vnpay", "vendor"]).nullable(),
    confirmation_id: model.text().nullable(),
    /** Who asked (seller member) and from which phone. */
    created_by: model.text().nullable(),
    device_id: model.text().nullable(),
    resolution: model.enum([...REVIEW_DECISIONS]).nullable(),
    resolution_note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    stall: model.belongsTo(() => Stall, { mappedBy: "payment_requests" }),
  })
  .indexes([{ on: ["reference"], unique: true }, { on: ["stall_id", "created_at"] }, { on: ["status", "expires_at"] }])

export default PaymentRequest
