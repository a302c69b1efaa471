import { randomBytes } from "node:crypto"

/**
 * A VNPay TxnRef is unique per payment attempt, for every purpose that pays through our terminal
 * (carts now, market stalls later). Cart attempts: "C" + time (base 36) + 10 random base-32
 * characters — unique across server instances without asking the database.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

export function newCartTxnRef(now = Date.now()): string {
  const bytes = randomBytes(10)
  let random = ""
  for (const byte of bytes) random += ALPHABET[byte % 32]
  return `C${now.toString(36).toUpperCase()}${random}`
}
