import { model } from "@medusajs/framework/utils"

/**
 * A phone signed in to a stall's vendor screen. Only the SHA-256 of its token is stored; a
 * revoked device is refused on its next request (how a lost phone is signed out).
 */
const StallDevice = model
  .define("stall_device", {
    id: model.id({ prefix: "sdev" }).primaryKey(),
    stall_id: model.text(),
    seller_id: model.text(),
    member_id: model.text(),
    label: model.text(),
    token_hash: model.text(),
    last_seen_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["stall_id"] }])

export default StallDevice
