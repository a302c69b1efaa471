import SellerModule from "@choso/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import MarketModule from "../modules/market"

/** The seller (kind "stall") that owns a stall and is paid for it. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: MarketModule.linkable.stall,
  isList: true,
})
