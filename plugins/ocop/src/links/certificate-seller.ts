import SellerModule from "@choso/marketplace/modules/seller"
import { defineLink } from "@medusajs/framework/utils"
import OcopModule from "../modules/ocop"

/** The producer that holds a certificate (the certificate keeps the seller's id). */
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertificate, field: "seller_id" },
  SellerModule.linkable.seller,
  {
    readOnly: true,
  }
)
