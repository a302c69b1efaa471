import { model } from "@medusajs/framework/utils"
import { LEGAL_FORMS, SELLER_KINDS, SELLER_STATUSES } from "../../../lib/seller-codes"
import SellerDocument from "./seller-document"
import SellerInvite from "./seller-invite"
import SellerMember from "./seller-member"
import SellerStatusEvent from "./seller-status-event"

/**
 * A cooperative, enterprise, household or stall that sells on the platform, with the identity
 * the E-commerce Law (122/2025) asks a platform to know and show.
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    kind: model.enum([...SELLER_KINDS]),
    legal_form: model.enum([...LEGAL_FORMS]),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    tax_code: model.text().nullable(),
    business_registration_number: model.text().nullable(),
    representative: model.text(),
    /** AES-256-GCM (lib/identity-crypto); never returned by any route. */
    id_number_encrypted: model.text(),
    /** The last 4 digits, for the masked display. */
    id_number_last4: model.text(),
    phone: model.text(),
    email: model.text(),
    province_code: model.text(),
    ward_code: model.text(),
    address_line: model.text(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    bank_bin: model.text(),
    bank_account_number: model.text(),
    bank_account_name: model.text(),
    /** `{ ids }`: the products a suspension unpublished, republished when the seller is approved again. */
    hidden_products: model.json().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    status_events: model.hasMany(() => SellerStatusEvent, { mappedBy: "seller" }),
    documents: model.hasMany(() => SellerDocument, { mappedBy: "seller" }),
    invites: model.hasMany(() => SellerInvite, { mappedBy: "seller" }),
  })
  .indexes([{ on: ["status"] }])

export default Seller
