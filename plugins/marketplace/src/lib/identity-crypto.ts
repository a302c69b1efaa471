import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

const VERSION = "v1"

/** A 256-bit key from the configured secret (SELLER_IDENTITY_KEY). */
function keyOf(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest()
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>" in base64url; a new IV each time. */
export function encryptIdentity(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv)
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".")
}

/** Throws when the value was not made with this secret or was altered. */
export function decryptIdentity(sealed: string, secret: string): string {
  const [version, iv, tag, body] = sealed.split(".")
  if (version !== VERSION || !iv || !tag || !body) throw new Error("Not an encrypted identity value")
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), Buffer.from(iv, "base64url"))
  decipher.setAuthTag(Buffer.from(tag, "base64url"))
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8")
}

/** "••••••••1234": what any screen shows of an ID number. */
export function maskIdentity(last4: string): string {
  return `••••••••${last4}`
}
