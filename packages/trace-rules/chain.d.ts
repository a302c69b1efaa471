import type { KeyObject } from "node:crypto"
import type { EpcisEvent } from "./index.js"

export type { EpcisEvent }

export declare const GENESIS_HASH: string
/** RFC 8785 (JSON Canonicalization Scheme). Throws on what JSON cannot hold (NaN, lone surrogates). */
export declare function canonicalJson(value: unknown): string
export declare function sha256Hex(data: string | Uint8Array): string

export declare const CHAIN_SOURCES: readonly ["app", "capture", "seed", "correction"]
export type ChainSource = (typeof CHAIN_SOURCES)[number]
export interface ChainEntry {
  id: string
  lot_id: string
  seq: number
  event_id: string
  event: EpcisEvent
  prev_hash: string
  hash: string
  /** ISO 8601 */
  recorded_at: string
  recorded_by: string | null
  source: ChainSource
}
/** What entryHash covers: exactly these fields (other columns, Medusa's timestamps, are ignored). */
export type HashedFields = Omit<ChainEntry, "hash" | "recorded_at"> & { recorded_at: string | Date }
export declare const HASHED_FIELDS: readonly [
  "id",
  "lot_id",
  "seq",
  "event_id",
  "event",
  "prev_hash",
  "recorded_at",
  "recorded_by",
  "source",
]
/** A stored entry as the database hands it back (a timestamp column may come back as a Date). */
export type StoredEntry = HashedFields & { hash: string }
export declare function entryHash(entry: HashedFields): string
/** The fields a caller gives chainEntry; event_id defaults to event.eventID. */
export type ChainEntryFields = Omit<ChainEntry, "seq" | "prev_hash" | "hash" | "event_id"> & { event_id?: string }
export declare function chainEntry(prev: { seq: number; hash: string } | null, fields: ChainEntryFields): ChainEntry

export interface SigningKey {
  privateKey: KeyObject
  publicKey: KeyObject
  /** First 16 hex characters of sha256 of the raw 32-byte public key. */
  keyId: string
  /** The raw 32-byte public key, base64. */
  publicKeyBase64: string
}
export declare function loadSigningKey(value: string): SigningKey
export declare function generateSigningKeyValue(): string
export declare function publicKeyFromBase64(raw: string): KeyObject
export declare function keyIdOf(publicKey: KeyObject): string
export declare function rawPublicKeyBase64(publicKey: KeyObject): string

export interface HeadRef {
  lot_id: string
  seq: number
  hash: string
}
export declare function headMessage(head: HeadRef): string
export declare function signHead(head: HeadRef, key: SigningKey): string
export declare function verifyHead(head: HeadRef, signature: string, publicKey: KeyObject): boolean

export type ChainHead = { seq: number; hash: string; signature: string; key_id: string } | null
export type BreakReason = "seq" | "lot" | "event_id" | "prev_hash" | "hash" | "head" | "signature" | "digest"
export type Verification =
  | { ok: true; count: number; head_hash: string | null }
  | {
      ok: false
      count: number
      broken: { seq: number; entry_id: string | null; event_id: string | null; reason: BreakReason }
    }
export declare function verifyChain(input: {
  lot_id: string
  entries: readonly StoredEntry[]
  head: ChainHead | undefined
  publicKeys: Readonly<Record<string, KeyObject>>
  published?: { seq: number; hash: string } | null
}): Verification

export interface TraceDigest {
  day: string
  count: number
  root: string
  signature: string
  key_id: string
}
export declare function digestOfHeads(day: string, heads: readonly HeadRef[], key: SigningKey): TraceDigest
export declare function digestMessage(digest: { day: string; count: number; root: string }): string
export declare function verifyDigest(
  digest: Omit<TraceDigest, "key_id"> & { key_id?: string },
  publicKey: KeyObject,
  heads?: readonly HeadRef[]
): boolean
