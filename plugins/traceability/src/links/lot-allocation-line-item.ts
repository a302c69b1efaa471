import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import TraceModule from "../modules/trace"

/** The order line an allocation is for (the allocation keeps the line's id). */
export default defineLink(
  { linkable: TraceModule.linkable.lotAllocation, field: "line_item_id" },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
