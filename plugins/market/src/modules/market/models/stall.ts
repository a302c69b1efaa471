import { STALL_STATUSES } from "@choso/market-rules"
import { model } from "@medusajs/framework/utils"
import Market from "./market"
import PaymentRequest from "./payment-request"

/**
 * A stall in a market, owned by a seller of kind "stall" (link in src/links). Payments go to its
 * own bank account through VietQR, so the operator checks the account holder's name before
 * the stall can take any.
 */
const Stall = model
  .define("stall", {
    id: model.id({ prefix: "stall" }).primaryKey(),
    /** Public code, in the printed sign's URL /c/{code}. */
    code: model.text(),
    number: model.text(),
    display_name: model.text(),
    goods: model.text().nullable(),
    photo_url: model.text().nullable(),
    bank_bin: model.text(),
    bank_account: model.text(),
    /** The name the stall declared; the operator compares it with the bank's. */
    account_holder: model.text(),
    account_verified_at: model.dateTime().nullable(),
    account_verified_by: model.text().nullable(),
    status: model.enum([...STALL_STATUSES]).default("pending"),
    /** The last number given to this stall's feed events (taken under this row's lock). */
    feed_seq: model.number().default(0),
    market: model.belongsTo(() => Market, { mappedBy: "stalls" }),
    payment_requests: model.hasMany(() => PaymentRequest, { mappedBy: "stall" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }, { on: ["bank_account"] }])

export default Stall
