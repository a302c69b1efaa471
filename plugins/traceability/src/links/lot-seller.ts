import SellerModule from "@choso/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import TraceModule from "../modules/trace"

/** The producer that owns a lot (the lot keeps the seller's id). */
export default defineLink({ linkable: TraceModule.linkable.lot, field: "seller_id" }, SellerModule.linkable.seller, {
  readOnly: true,
})
