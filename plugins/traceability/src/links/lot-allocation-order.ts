import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import TraceModule from "../modules/trace"

/** The order an allocation belongs to (the allocation keeps the order's id). */
export default defineLink(
  { linkable: TraceModule.linkable.lotAllocation, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
