import type { LegalForm, SellerStatus } from "./seller-codes"

/** Which status changes an operator (or the seller re-applying) may make. */
const TRANSITIONS: Record<SellerStatus, readonly SellerStatus[]> = {
  pending: ["approved", "rejected"],
  rejected: ["pending"],
  approved: ["suspended"],
  suspended: ["approved"],
}

export function canTransition(from: SellerStatus, to: SellerStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** A rejection or a suspension must say why: the seller reads it. */
export function reasonRequired(to: SellerStatus): boolean {
  return to === "rejected" || to === "suspended"
}

/** Only an approved seller's products are shown to shoppers. */
export function canSell(status: SellerStatus): boolean {
  return status === "approved"
}

/** Vietnamese tax code: 10 digits, or 13 as "0123456789-001" for a branch. */
export const TAX_CODE = /^\d{10}(-\d{3})?$/
/** Citizen identity card (CCCD): 12 digits. */
export const ID_NUMBER = /^\d{12}$/
export const BANK_ACCOUNT = /^\d{6,19}$/
/** Napas bank identification number (VietQR's BIN). */
export const BANK_BIN = /^\d{6}$/
export const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * What the law asks each legal form to give: an organisation or a household business is
 * identified by its tax code or business registration; an individual by the ID number alone.
 */
export function registrationRequired(form: LegalForm): boolean {
  return form !== "individual"
}

/** "Hợp tác xã Ong Mật Tràm Xanh" → "hop-tac-xa-ong-mat-tram-xanh". */
export function handleFrom(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
}
