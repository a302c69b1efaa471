import { model } from "@medusajs/framework/utils"

/**
 * Money the platform received for a stall (VNPay settles to the platform's merchant account, not
 * to the stall's bank): owed to the stall's seller until a payout pays it. VietQR money goes
 * straight to the stall's own account and is never here.
 */
const StallReceivable = model
  .define("stall_receivable", {
    id: model.id({ prefix: "srcv" }).primaryKey(),
    payment_request_id: model.text(),
    stall_id: model.text(),
    seller_id: model.text().nullable(),
    amount: model.number(),
    source: model.text(),
    source_id: model.text(),
    paid_out_at: model.dateTime().nullable(),
    payout_id: model.text().nullable(),
  })
  .indexes([{ on: ["payment_request_id"], unique: true }, { on: ["seller_id", "paid_out_at"] }])

export default StallReceivable
