// The append-only hash chain of a lot's trace events and its signed head (node only).
// Each entry's hash is sha256 over the RFC 8785 canonical JSON of every stored field but the
// hash itself, the previous entry's hash included; the last hash is signed with Ed25519 so that
// whoever can write the database still cannot rewrite a chain without the key, which lives in
// the environment (TRACE_SIGNING_KEY), never in the database. Daily digests of every head let
// anyone notice a chain that was rolled back even by someone holding the key.

import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto"
import canonicalize from "canonicalize"

/** @typedef {import("./chain.js").ChainEntry} ChainEntry */
/** @typedef {import("./chain.js").ChainEntryFields} ChainEntryFields */
/** @typedef {import("./chain.js").HashedFields} HashedFields */
/** @typedef {import("./chain.js").StoredEntry} StoredEntry */
/** @typedef {import("./chain.js").SigningKey} SigningKey */
/** @typedef {import("./chain.js").HeadRef} HeadRef */
/** @typedef {import("./chain.js").ChainHead} ChainHead */
/** @typedef {import("./chain.js").Verification} Verification */
/** @typedef {import("./chain.js").BreakReason} BreakReason */
/** @typedef {import("./chain.js").TraceDigest} TraceDigest */
/** @typedef {import("node:crypto").KeyObject} KeyObject */

export const GENESIS_HASH = "0".repeat(64)

/**
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  const text = canonicalize(value)
  if (text === undefined) throw new TypeError("Nothing to canonicalize: the value has no JSON form")
  return text
}

/**
 * @param {string | Uint8Array} data a string is hashed as its UTF-8 bytes
 * @returns {string}
 */
export function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex")
}

export const CHAIN_SOURCES = /** @type {const} */ (["app", "capture", "seed", "correction"])

export const HASHED_FIELDS = /** @type {const} */ ([
  "id",
  "lot_id",
  "seq",
  "event_id",
  "event",
  "prev_hash",
  "recorded_at",
  "recorded_by",
  "source",
])

/**
 * sha256 of the canonical JSON of exactly HASHED_FIELDS (a row's other columns, such as Medusa's
 * created_at, are not covered). A Date recorded_at is written as toISOString(), the form chainEntry
 * is given, so a timestamp column that comes back as a Date hashes the same.
 * @param {HashedFields} entry
 * @returns {string}
 */
export function entryHash(entry) {
  /** @type {Record<string, unknown>} */
  const fields = {}
  for (const name of HASHED_FIELDS) fields[name] = entry[name]
  if (entry.recorded_at instanceof Date) fields.recorded_at = entry.recorded_at.toISOString()
  return sha256Hex(canonicalJson(fields))
}

/**
 * The next entry after `prev` (null for the first): seq, prev_hash and hash filled in.
 * @param {{ seq: number, hash: string } | null} prev
 * @param {ChainEntryFields} fields
 * @returns {ChainEntry}
 */
export function chainEntry(prev, fields) {
  const event_id = fields.event_id ?? fields.event.eventID
  if (typeof event_id !== "string" || event_id !== fields.event.eventID) {
    throw new RangeError(`event_id ${event_id} is not the event's eventID ${fields.event.eventID}`)
  }
  /** @type {Omit<ChainEntry, "hash">} */
  const entry = {
    id: fields.id,
    lot_id: fields.lot_id,
    seq: prev ? prev.seq + 1 : 1,
    event_id,
    event: fields.event,
    prev_hash: prev ? prev.hash : GENESIS_HASH,
    recorded_at: fields.recorded_at,
    recorded_by: fields.recorded_by,
    source: fields.source,
  }
  return { ...entry, hash: entryHash(entry) }
}

// DER framing of an Ed25519 key (RFC 8410): PKCS#8 around a 32-byte seed, SPKI around a 32-byte
// public key. Node reads raw keys only through these.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex")
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex")

/**
 * The 32 bytes a base64 or base64url string holds, or null.
 * @param {string} text
 */
function bytes32(text) {
  const clean = text.trim()
  if (!/^[A-Za-z0-9+/_-]{42,43}={0,2}$/.test(clean)) return null
  const bytes = Buffer.from(clean.replace(/-/g, "+").replace(/_/g, "/"), "base64")
  return bytes.length === 32 ? bytes : null
}

/** @param {KeyObject} publicKey */
function rawPublicKey(publicKey) {
  return publicKey.export({ format: "der", type: "spki" }).subarray(-32)
}

/** @param {KeyObject} publicKey the raw 32-byte key, base64 */
export function rawPublicKeyBase64(publicKey) {
  return rawPublicKey(publicKey).toString("base64")
}

/** @param {KeyObject} publicKey first 16 hex characters of sha256 of the raw public key */
export function keyIdOf(publicKey) {
  return sha256Hex(rawPublicKey(publicKey)).slice(0, 16)
}

/**
 * The signing key from TRACE_SIGNING_KEY: a base64 (or base64url) 32-byte Ed25519 seed, or a
 * PKCS#8 PEM.
 * @param {string} value
 * @returns {SigningKey}
 */
export function loadSigningKey(value) {
  if (typeof value !== "string" || !value.trim()) throw new TypeError("No signing key")
  /** @type {KeyObject} */
  let privateKey
  if (value.includes("-----BEGIN")) {
    privateKey = createPrivateKey({ key: value.trim(), format: "pem" })
  } else {
    const seed = bytes32(value)
    if (!seed) throw new RangeError("A signing key is a base64 32-byte Ed25519 seed or a PKCS#8 PEM")
    privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" })
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new RangeError(`The signing key is ${privateKey.asymmetricKeyType}, not Ed25519`)
  }
  const publicKey = createPublicKey(privateKey)
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), publicKeyBase64: rawPublicKeyBase64(publicKey) }
}

/** A new random seed, base64: a value for TRACE_SIGNING_KEY. */
export function generateSigningKeyValue() {
  return randomBytes(32).toString("base64")
}

/**
 * @param {string} raw a raw 32-byte Ed25519 public key, base64 or base64url
 * @returns {KeyObject}
 */
export function publicKeyFromBase64(raw) {
  const bytes = typeof raw === "string" ? bytes32(raw) : null
  if (!bytes) throw new RangeError("A public key is 32 bytes, base64")
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, bytes]), format: "der", type: "spki" })
}

/**
 * @param {HeadRef} head
 * @returns {string}
 */
export function headMessage(head) {
  return canonicalJson({ lot_id: head.lot_id, seq: head.seq, hash: head.hash })
}

/**
 * @param {HeadRef} head
 * @param {SigningKey} key
 * @returns {string} base64url
 */
export function signHead(head, key) {
  return sign(null, Buffer.from(headMessage(head)), key.privateKey).toString("base64url")
}

/**
 * @param {string} message
 * @param {unknown} signature base64url
 * @param {KeyObject} publicKey
 */
function verifyMessage(message, signature, publicKey) {
  if (typeof signature !== "string" || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false
  try {
    return verify(null, Buffer.from(message), publicKey, Buffer.from(signature, "base64url"))
  } catch {
    return false
  }
}

/**
 * @param {HeadRef} head
 * @param {string} signature
 * @param {KeyObject} publicKey
 */
export function verifyHead(head, signature, publicKey) {
  return verifyMessage(headMessage(head), signature, publicKey)
}

/**
 * Walks a lot's entries in seq order and reports the first problem: a missing or duplicate seq,
 * an entry of another lot, an event_id that is not event.eventID, a prev_hash that is not the
 * previous hash, a hash that is not entryHash; then the head (the last entry is not the signed
 * head, or there is no head), its signature, and last a published digest head the chain no
 * longer holds (rolled back).
 * @param {{ lot_id: string, entries: readonly StoredEntry[], head: ChainHead | undefined,
 *   publicKeys: Readonly<Record<string, KeyObject>>, published?: { seq: number, hash: string } | null }} input
 * @returns {Verification}
 */
export function verifyChain({ lot_id, entries, head, publicKeys, published }) {
  const count = entries.length
  const order = (/** @type {unknown} */ seq) => (typeof seq === "number" && !Number.isNaN(seq) ? seq : Infinity)
  const sorted = [...entries].sort((a, b) => order(a.seq) - order(b.seq))
  /**
   * @param {StoredEntry | undefined} entry
   * @param {BreakReason} reason
   * @param {number} [seq]
   * @returns {Verification}
   */
  const broken = (entry, reason, seq) => ({
    ok: false,
    count,
    broken: {
      seq: seq ?? (typeof entry?.seq === "number" ? entry.seq : 0),
      entry_id: typeof entry?.id === "string" ? entry.id : null,
      event_id: typeof entry?.event_id === "string" ? entry.event_id : null,
      reason,
    },
  })

  let prevHash = GENESIS_HASH
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i]
    const expected = i + 1
    if (entry.seq !== expected) {
      // A gap is either a deleted entry or one whose seq was changed to a later number; the
      // entry that links to the previous hash tells which, so the changed one is reported.
      const moved = entry.seq > expected ? sorted.slice(i).find((e) => e.prev_hash === prevHash) : undefined
      const culprit = moved ?? entry
      return broken(culprit, "seq", typeof culprit.seq === "number" ? culprit.seq : expected)
    }
    if (entry.lot_id !== lot_id) return broken(entry, "lot")
    if (typeof entry.event_id !== "string" || entry.event_id !== entry.event?.eventID) return broken(entry, "event_id")
    if (entry.prev_hash !== prevHash) return broken(entry, "prev_hash")
    let hash
    try {
      hash = entryHash(entry)
    } catch {
      hash = null
    }
    if (entry.hash !== hash) return broken(entry, "hash")
    prevHash = entry.hash
  }

  const last = sorted.at(-1)
  if (!last) {
    if (head && head.seq !== 0) return broken(undefined, "head", head.seq)
  } else {
    if (!head || head.seq !== last.seq || head.hash !== last.hash) return broken(last, "head")
    const publicKey = Object.hasOwn(publicKeys, head.key_id) ? publicKeys[head.key_id] : undefined
    if (!publicKey || !verifyHead({ lot_id, seq: head.seq, hash: head.hash }, head.signature, publicKey)) {
      return broken(last, "signature")
    }
  }
  if (published && published.seq > 0) {
    const entry = sorted[published.seq - 1]
    if (!entry || entry.seq !== published.seq || entry.hash !== published.hash) {
      return broken(entry, "digest", published.seq)
    }
  }
  return { ok: true, count, head_hash: last ? last.hash : null }
}

/**
 * @param {{ day: string, count: number, root: string }} digest
 * @returns {string}
 */
export function digestMessage(digest) {
  return canonicalJson({ day: digest.day, count: digest.count, root: digest.root })
}

/** @param {readonly HeadRef[]} heads */
function rootOf(heads) {
  const sorted = heads
    .map(({ lot_id, seq, hash }) => ({ lot_id, seq, hash }))
    .sort((a, b) => (a.lot_id < b.lot_id ? -1 : a.lot_id > b.lot_id ? 1 : 0))
  return sha256Hex(canonicalJson(sorted))
}

/**
 * The day's digest of every lot's head: root = sha256Hex(canonicalJson(heads sorted by lot_id)),
 * each head reduced to { lot_id, seq, hash }; the signature covers canonicalJson({ day, count, root }).
 * @param {string} day Vietnam calendar day "YYYY-MM-DD"
 * @param {readonly HeadRef[]} heads
 * @param {SigningKey} key
 * @returns {TraceDigest}
 */
export function digestOfHeads(day, heads, key) {
  const digest = { day, count: heads.length, root: rootOf(heads) }
  const signature = sign(null, Buffer.from(digestMessage(digest)), key.privateKey).toString("base64url")
  return { ...digest, signature, key_id: key.keyId }
}

/**
 * A digest's signature, and with `heads` that they are what its root and count say.
 * @param {{ day: string, count: number, root: string, signature: string }} digest
 * @param {KeyObject} publicKey
 * @param {readonly HeadRef[]} [heads]
 */
export function verifyDigest(digest, publicKey, heads) {
  if (heads && (heads.length !== digest.count || rootOf(heads) !== digest.root)) return false
  return verifyMessage(digestMessage(digest), digest.signature, publicKey)
}
