import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../../../lib/seller-codes"
import Seller from "./seller"

/** A person who signs in for a seller (actor `seller`, actor id = this row's id). */
const SellerMember = model.define("seller_member", {
  id: model.id({ prefix: "selmem" }).primaryKey(),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
  role: model.enum([...MEMBER_ROLES]),
  name: model.text(),
  email: model.text().unique(),
})

export default SellerMember
