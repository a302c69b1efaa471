/** The module's name in the container and in links. */
export const SELLER_MODULE = "seller"

/** Medusa auth actor type of seller members: `/auth/seller/emailpass`, `authenticate("seller", …)`. */
export const SELLER_ACTOR = "seller"

export {
  DOCUMENT_KINDS,
  type DocumentKind,
  LEGAL_FORMS,
  type LegalForm,
  MEMBER_ROLES,
  type MemberRole,
  SELLER_ERRORS,
  SELLER_KINDS,
  SELLER_STATUSES,
  type SellerKind,
  type SellerStatus,
} from "@choso/seller-rules"

/** Events other plugins may listen to. */
export const SELLER_EVENTS = {
  registered: "seller.registered",
  statusChanged: "seller.status_changed",
  memberInvited: "seller.member_invited",
  /** `{ id, seller_id }`: the member can no longer sign in for the seller; its stall phones are signed out. */
  memberRemoved: "seller.member_removed",
} as const
