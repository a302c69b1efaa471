import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A covered listing's product (title, handle) for the pages that show a certificate. */
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertificateProduct, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
