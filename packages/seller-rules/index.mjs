// Who a seller is and how its identity is written, for the marketplace plugin (which enforces
// it) and the storefront's seller channel (which checks it before sending). Plain ESM, so Vite
// reads it as it is; index.js hands it to CommonJS.

export const SELLER_KINDS = ["cooperative", "enterprise", "household", "stall"]

/** Decides tax withholding later (household businesses and individuals are withheld for). */
export const LEGAL_FORMS = ["organisation", "household_business", "individual"]

export const SELLER_STATUSES = ["pending", "approved", "rejected", "suspended"]

export const MEMBER_ROLES = ["owner", "staff"]

export const DOCUMENT_KINDS = ["id_front", "id_back", "business_registration", "other"]

/** Vietnamese tax code: 10 digits, or 13 as "0123456789-001" for a branch. */
export const TAX_CODE = /^\d{10}(-\d{3})?$/

/** Citizen identity card (CCCD): 12 digits. */
export const ID_NUMBER = /^\d{12}$/

export const BANK_ACCOUNT = /^\d{6,19}$/

/** Napas bank identification number (VietQR's BIN). */
export const BANK_BIN = /^\d{6}$/

/** A shop's address on the platform: /cua-hang/<handle>. */
export const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Stock at or below this is flagged on the seller's dashboard. */
export const LOW_STOCK = 5

/**
 * What the law asks each legal form to give: an organisation or a household business is
 * identified by its tax code or business registration; an individual by the ID number alone.
 * @param {string} form
 */
export function registrationRequired(form) {
  return form !== "individual"
}

/** Stable codes of the marketplace's refusals: the storefront translates them (the message stays for people). */
export const SELLER_ERRORS = {
  alreadyMember: "seller_already_member",
  handleTaken: "seller_handle_taken",
  notApproved: "seller_not_approved",
  ownerOnly: "seller_owner_only",
  transition: "seller_status_transition",
  inviteInvalid: "seller_invite_invalid",
  photo: "seller_photo_refused",
}
