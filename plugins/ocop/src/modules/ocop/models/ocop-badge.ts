import { OCOP_GROUPS } from "@choso/ocop-rules"
import { model } from "@medusajs/framework/utils"

/**
 * What a shopper sees of a product's OCOP status: present only while an approved, unexpired
 * certificate covers the product (kept by the review workflows and the daily job), so the store's
 * product reads carry it through the product ↔ badge link and never see drafts or rejections.
 */
const OcopBadge = model
  .define("ocop_badge", {
    id: model.id({ prefix: "obadge" }).primaryKey(),
    product_id: model.text(),
    certificate_id: model.text(),
    stars: model.number(),
    group: model.enum([...OCOP_GROUPS]),
    valid_until: model.text(),
  })
  .indexes([{ on: ["product_id"], unique: true }, { on: ["stars", "group"] }])

export default OcopBadge
