import { createHash, type KeyObject } from "node:crypto"
import { keyIdOf, loadSigningKey, publicKeyFromBase64, type SigningKey } from "@choso/trace-rules/chain"
import { requireSafeSecret } from "./secret-rule"

export interface TraceOptions {
  /** TRACE_SIGNING_KEY: a base64 32-byte Ed25519 seed or a PKCS#8 PEM. */
  signingKey?: string
  /** TRACE_PREVIOUS_PUBLIC_KEYS: base64 public keys of rotated-out keys, comma-separated or a list. */
  previousPublicKeys?: string | string[]
  storefrontUrl?: string
}

export interface ResolvedTraceOptions {
  key: SigningKey
  previous: { key_id: string; public_key: string; key: KeyObject }[]
  storefrontUrl: string
  developmentKey: boolean
}

// Anyone can derive this key from the source: it signs development data only, and production
// refuses to start without a real one.
const DEVELOPMENT_SEED = createHash("sha256").update("cho-so-trace-development-only-signing-key").digest("base64")

function signingKeyOf(value: string | undefined, production: boolean): { key: SigningKey; development: boolean } {
  if (production)
    requireSafeSecret("TRACE_SIGNING_KEY", value, { howToFix: "generate one with: openssl rand -base64 32" })
  if (!value) return { key: loadSigningKey(DEVELOPMENT_SEED), development: true }
  try {
    return { key: loadSigningKey(value), development: false }
  } catch (error) {
    throw new Error(
      `TRACE_SIGNING_KEY is not an Ed25519 key (a base64 32-byte seed or a PKCS#8 PEM): ${(error as Error).message}`
    )
  }
}

export function resolveTraceOptions(options: TraceOptions, production = process.env.NODE_ENV === "production") {
  const { key, development } = signingKeyOf(options.signingKey?.trim() || undefined, production)
  const raw = Array.isArray(options.previousPublicKeys)
    ? options.previousPublicKeys
    : (options.previousPublicKeys ?? "").split(",")
  const previous = raw
    .map((value) => value.trim())
    .filter(Boolean)
    .map((public_key) => {
      const publicKey = publicKeyFromBase64(public_key)
      return { key_id: keyIdOf(publicKey), public_key, key: publicKey }
    })
  return {
    key,
    previous,
    storefrontUrl: (options.storefrontUrl || "http://localhost:3000").replace(/\/+$/, ""),
    developmentKey: development,
  } satisfies ResolvedTraceOptions
}
