import { randomBytes } from "node:crypto"
import { REFERENCE_ALPHABET, REFERENCE_LENGTH, REFERENCE_PREFIX } from "@choso/market-rules"

/** A new payment reference: "CS" + random characters; the unique index catches the rare repeat. */
export function newReference(): string {
  const size = REFERENCE_LENGTH - REFERENCE_PREFIX.length
  let body = ""
  for (const byte of randomBytes(size)) body += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]
  return REFERENCE_PREFIX + body
}

/** Every place a reference could start in a transfer's squeezed content. */
export function candidateReferences(squeezed: string): string[] {
  const found = new Set<string>()
  let at = squeezed.indexOf(REFERENCE_PREFIX)
  while (at >= 0) {
    if (at + REFERENCE_LENGTH <= squeezed.length) found.add(squeezed.slice(at, at + REFERENCE_LENGTH))
    at = squeezed.indexOf(REFERENCE_PREFIX, at + 1)
  }
  return [...found]
}
