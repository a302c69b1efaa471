import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceModule from "../modules/trace"

/** The variant a lot is of (the lot keeps the variant's id). */
export default defineLink(
  { linkable: TraceModule.linkable.lot, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
