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

/**
 * The banks most sellers and stalls are paid into, by Napas BIN (VietQR's bank identifier, and
 * the payout file's). A short list for pickers; any 6-digit BIN is accepted.
 */
export const BANKS = [
  { bin: "970436", shortName: "Vietcombank", name: "Ngân hàng TMCP Ngoại thương Việt Nam" },
  { bin: "970415", shortName: "VietinBank", name: "Ngân hàng TMCP Công thương Việt Nam" },
  { bin: "970418", shortName: "BIDV", name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" },
  { bin: "970405", shortName: "Agribank", name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" },
  { bin: "970407", shortName: "Techcombank", name: "Ngân hàng TMCP Kỹ thương Việt Nam" },
  { bin: "970422", shortName: "MB", name: "Ngân hàng TMCP Quân đội" },
  { bin: "970416", shortName: "ACB", name: "Ngân hàng TMCP Á Châu" },
  { bin: "970432", shortName: "VPBank", name: "Ngân hàng TMCP Việt Nam Thịnh Vượng" },
  { bin: "970403", shortName: "Sacombank", name: "Ngân hàng TMCP Sài Gòn Thương Tín" },
  { bin: "970423", shortName: "TPBank", name: "Ngân hàng TMCP Tiên Phong" },
]

/**
 * The listed bank with this BIN, if any.
 * @param {string | null | undefined} bin
 */
export function findBank(bin) {
  return BANKS.find((bank) => bank.bin === bin)
}

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
