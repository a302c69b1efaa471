import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

/** A staff invitation: only a hash of its one-time token is kept. */
const SellerInvite = model.define("seller_invite", {
  id: model.id({ prefix: "selinv" }).primaryKey(),
  seller: model.belongsTo(() => Seller, { mappedBy: "invites" }),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
})

export default SellerInvite
