// Stall payments (chợ 4.0), for the market plugin (which enforces them) and the vendor screen
// /ban-hang (which offers them). Plain ESM, so Vite reads it as it is; index.js hands it to CommonJS.

/** VietQR (every banking app scans it; money goes straight to the stall) or VNPay's page (card, wallet). */
export const PAYMENT_RAILS = ["vietqr", "vnpay"]

export const PAYMENT_REQUEST_STATUSES = ["pending", "paid", "expired", "cancelled", "needs_review"]

/** What became of one incoming bank transfer. */
export const TRANSFER_OUTCOMES = ["paid", "needs_review", "ignored"]

/** How a vendor settles a "cần kiểm tra" transfer; the decision is kept. */
export const REVIEW_DECISIONS = ["accepted", "returned"]

export const STALL_STATUSES = ["pending", "active", "suspended"]

/** Integer đồng. VNPay refuses less than 5.000 đ; a bank transfer takes 1.000 đ. */
export const AMOUNT_LIMITS = {
  vietqr: { min: 1_000, max: 50_000_000 },
  vnpay: { min: 5_000, max: 50_000_000 },
}

/** The vendor screen's quick-amount buttons. */
export const QUICK_AMOUNTS = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000]

/** A request can be paid for this long after its QR is shown. */
export const REQUEST_TTL_SECONDS = 600

/**
 * A payment reference: "CS" and five characters without I, L, O, U (read aloud without doubt),
 * unique for ever; it is the transfer's content (VietQR tag 62.08) and the VNPay TxnRef.
 */
export const REFERENCE_PREFIX = "CS"
export const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const REFERENCE_LENGTH = 7
export const PAYMENT_REFERENCE = /^CS[0-9A-HJKMNP-TV-Z]{5}$/

/** A stall's public code, in its printed sign's URL /c/{code}. */
export const STALL_CODE = /^[A-Z0-9]{3,16}$/

/** A market's code, e.g. "CM-P2". */
export const MARKET_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/

/** Why a transfer needs a person to look at it (shown to the vendor as "cần kiểm tra"). */
export const REVIEW_REASONS = [
  "no_reference",
  "unknown_reference",
  "wrong_account",
  "wrong_amount",
  "already_paid",
  "expired",
  "not_pending",
]

/**
 * Is this a whole amount of đồng a stall may ask for on this rail?
 * @param {string} rail
 * @param {number} amount
 */
export function amountAllowed(rail, amount) {
  const limits = rail === "vietqr" || rail === "vnpay" ? AMOUNT_LIMITS[rail] : undefined
  return !!limits && Number.isSafeInteger(amount) && amount >= limits.min && amount <= limits.max
}
