import { model } from "@medusajs/framework/utils"

/**
 * The verified outcome of one VNPay payment attempt (one TxnRef), written once, from a signed
 * IPN or a signed querydr answer. Its unique txn_ref is what makes a repeated IPN change nothing.
 */
const VNPayPayment = model
  .define("vnpay_payment", {
    id: model.id({ prefix: "vnpp" }).primaryKey(),
    txn_ref: model.text(),
    payment_session_id: model.text(),
    cart_id: model.text().nullable(),
    amount: model.number(),
    status: model.enum(["paid", "failed"]),
    response_code: model.text(),
    transaction_status: model.text(),
    transaction_no: model.text().nullable(),
    bank_code: model.text().nullable(),
    pay_date: model.dateTime().nullable(),
    source: model.enum(["ipn", "querydr"]),
    raw: model.json().nullable(),
  })
  .indexes([
    { on: ["txn_ref"], unique: true },
    { on: ["payment_session_id"] },
  ])

export default VNPayPayment
