import type { SellerStatus } from "./seller-codes"

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

export { BANK_ACCOUNT, BANK_BIN, HANDLE, ID_NUMBER, registrationRequired, TAX_CODE } from "@choso/seller-rules"

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
