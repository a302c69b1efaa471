import { model } from "@medusajs/framework/utils"

/**
 * The listings a certificate covers (a product's sizes and packs may be separate listings).
 * Kept in the module, with the product ↔ badge link for shoppers: "one active certificate per
 * product" is a query on this table.
 */
const CertificateProduct = model
  .define("ocop_certificate_product", {
    id: model.id({ prefix: "ocp" }).primaryKey(),
    certificate_id: model.text(),
    product_id: model.text(),
  })
  .indexes([{ on: ["certificate_id", "product_id"], unique: true }, { on: ["product_id"] }])

export default CertificateProduct
