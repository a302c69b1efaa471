import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES } from "../../../lib/seller-codes"
import Seller from "./seller"

/** Every status change of a seller: from what, to what, who did it and why. Append-only. */
const SellerStatusEvent = model.define("seller_status_event", {
  id: model.id({ prefix: "selse" }).primaryKey(),
  seller: model.belongsTo(() => Seller, { mappedBy: "status_events" }),
  from_status: model.enum([...SELLER_STATUSES]).nullable(),
  to_status: model.enum([...SELLER_STATUSES]),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text().nullable(),
})

export default SellerStatusEvent
