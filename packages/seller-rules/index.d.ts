export declare const SELLER_KINDS: readonly ["cooperative", "enterprise", "household", "stall"]
export type SellerKind = (typeof SELLER_KINDS)[number]
/** Decides tax withholding later (household businesses and individuals are withheld for). */
export declare const LEGAL_FORMS: readonly ["organisation", "household_business", "individual"]
export type LegalForm = (typeof LEGAL_FORMS)[number]
export declare const SELLER_STATUSES: readonly ["pending", "approved", "rejected", "suspended"]
export type SellerStatus = (typeof SELLER_STATUSES)[number]
export declare const MEMBER_ROLES: readonly ["owner", "staff"]
export type MemberRole = (typeof MEMBER_ROLES)[number]
export declare const DOCUMENT_KINDS: readonly ["id_front", "id_back", "business_registration", "other"]
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
/** Vietnamese tax code: 10 digits, or 13 as "0123456789-001" for a branch. */
export declare const TAX_CODE: RegExp
/** Citizen identity card (CCCD): 12 digits. */
export declare const ID_NUMBER: RegExp
export declare const BANK_ACCOUNT: RegExp
/** Napas bank identification number (VietQR's BIN). */
export declare const BANK_BIN: RegExp
export interface Bank {
  /** Napas BIN, 6 digits. */
  bin: string
  /** The name people know the bank by. */
  shortName: string
  /** The bank's full Vietnamese name. */
  name: string
}
export declare const BANKS: readonly Bank[]
export declare function findBank(bin: string | null | undefined): Bank | undefined
/** A shop's address on the platform: /cua-hang/<handle>. */
export declare const HANDLE: RegExp
/** Stock at or below this is flagged on the seller's dashboard. */
export declare const LOW_STOCK: 5
/** An organisation or household business needs a tax code or business registration; an individual does not. */
export declare function registrationRequired(form: LegalForm): boolean
/** Stable codes of the marketplace's refusals: the storefront translates them. */
export declare const SELLER_ERRORS: {
  readonly alreadyMember: "seller_already_member"
  readonly handleTaken: "seller_handle_taken"
  readonly notApproved: "seller_not_approved"
  readonly ownerOnly: "seller_owner_only"
  readonly transition: "seller_status_transition"
  readonly inviteInvalid: "seller_invite_invalid"
  readonly photo: "seller_photo_refused"
}
export type SellerErrorCode = (typeof SELLER_ERRORS)[keyof typeof SELLER_ERRORS]
