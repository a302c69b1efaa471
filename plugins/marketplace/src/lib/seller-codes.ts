/** The module's name in the container and in links. */
export const SELLER_MODULE = "seller"

/** Medusa auth actor type of seller members: `/auth/seller/emailpass`, `authenticate("seller", …)`. */
export const SELLER_ACTOR = "seller"

export const SELLER_KINDS = ["cooperative", "enterprise", "household", "stall"] as const
export type SellerKind = (typeof SELLER_KINDS)[number]

/** Decides tax withholding later (household businesses and individuals are withheld for). */
export const LEGAL_FORMS = ["organisation", "household_business", "individual"] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

export const SELLER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const DOCUMENT_KINDS = ["id_front", "id_back", "business_registration", "other"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Events other plugins may listen to. */
export const SELLER_EVENTS = {
  registered: "seller.registered",
  statusChanged: "seller.status_changed",
  memberInvited: "seller.member_invited",
} as const

/** Stable error codes the storefront translates (MedusaError's message stays for people). */
export const SELLER_ERRORS = {
  alreadyMember: "seller_already_member",
  handleTaken: "seller_handle_taken",
  notApproved: "seller_not_approved",
  ownerOnly: "seller_owner_only",
  transition: "seller_status_transition",
  inviteInvalid: "seller_invite_invalid",
  photo: "seller_photo_refused",
} as const
