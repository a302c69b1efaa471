import { model } from "@medusajs/framework/utils"
import { DOCUMENT_KINDS } from "../../../lib/seller-codes"
import Seller from "./seller"

/** An identity or registration document: a private file (never under the public static folder). */
const SellerDocument = model.define("seller_document", {
  id: model.id({ prefix: "seldoc" }).primaryKey(),
  seller: model.belongsTo(() => Seller, { mappedBy: "documents" }),
  kind: model.enum([...DOCUMENT_KINDS]),
  file_key: model.text(),
  mime_type: model.text(),
  size: model.number(),
  sha256: model.text(),
})

export default SellerDocument
