/** i18n keys for the seller API's enumerations. */
import type { MessageKey } from "./i18n"
import type { DocumentKind, LegalForm, MemberRole, ProductStatus, SellerKind, SellerStatus } from "./vendor-types"

const KIND: Record<SellerKind, MessageKey> = {
  cooperative: "seller.kind.cooperative",
  enterprise: "seller.kind.enterprise",
  household: "seller.kind.household",
  stall: "seller.kind.stall",
}

const KIND_HINT: Record<SellerKind, MessageKey> = {
  cooperative: "seller.kind.cooperative_hint",
  enterprise: "seller.kind.enterprise_hint",
  household: "seller.kind.household_hint",
  stall: "seller.kind.stall_hint",
}

const LEGAL_FORM: Record<LegalForm, MessageKey> = {
  organisation: "seller.legal_form.organisation",
  household_business: "seller.legal_form.household_business",
  individual: "seller.legal_form.individual",
}

const LEGAL_FORM_HINT: Record<LegalForm, MessageKey> = {
  organisation: "seller.legal_form.organisation_hint",
  household_business: "seller.legal_form.household_business_hint",
  individual: "seller.legal_form.individual_hint",
}

const STATUS: Record<SellerStatus, MessageKey> = {
  pending: "seller.status.pending",
  approved: "seller.status.approved",
  rejected: "seller.status.rejected",
  suspended: "seller.status.suspended",
}

const ROLE: Record<MemberRole, MessageKey> = {
  owner: "seller.members.role_owner",
  staff: "seller.members.role_staff",
}

const DOCUMENT_KIND: Record<DocumentKind, MessageKey> = {
  id_front: "seller.documents.kind.id_front",
  id_back: "seller.documents.kind.id_back",
  business_registration: "seller.documents.kind.business_registration",
  other: "seller.documents.kind.other",
}

export const kindKey = (kind: SellerKind): MessageKey => KIND[kind]
export const kindHintKey = (kind: SellerKind): MessageKey => KIND_HINT[kind]
export const legalFormKey = (form: LegalForm): MessageKey => LEGAL_FORM[form]
export const legalFormHintKey = (form: LegalForm): MessageKey => LEGAL_FORM_HINT[form]
export const sellerStatusKey = (status: SellerStatus): MessageKey => STATUS[status]
export const roleKey = (role: MemberRole): MessageKey => ROLE[role]
export const documentKindKey = (kind: DocumentKind): MessageKey => DOCUMENT_KIND[kind]

/** Shoppers see "published" products; everything else is the seller's draft. */
export function productStatusKey(status: ProductStatus): MessageKey {
  return status === "published" ? "seller.product.status_published" : "seller.product.status_draft"
}
