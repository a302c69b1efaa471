import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  type ChainEntry,
  type ChainHead,
  chainEntry,
  digestOfHeads,
  entryHash,
  GENESIS_HASH,
  generateSigningKeyValue,
  headMessage,
  keyIdOf,
  loadSigningKey,
  publicKeyFromBase64,
  sha256Hex,
  signHead,
  verifyChain,
  verifyDigest,
  verifyHead,
} from "../chain.mjs"
import { buildTraceEvent } from "../epcis.mjs"
import { buildChain, epcClass, key, LOT_ID, TEST_PUBLIC_HEX, TEST_SEED_HEX } from "./fixture.js"

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

const clone = <T>(value: T): T => structuredClone(value)

/** Other values of the same JSON type. */
function changedValues(value: Json): Json[] {
  if (value === null) return ["x"]
  if (typeof value === "boolean") return [!value]
  if (typeof value === "number") return [value + 1, value - 1, value + 0.5, value + 1000]
  if (typeof value === "string") {
    const flipped = value.length > 0 ? value.slice(0, -1) + (value.endsWith("0") ? "1" : "0") : "0"
    return [`${value}x`, flipped]
  }
  return []
}

function getAt(root: Json, path: Path): Json {
  let value = root
  for (const key of path) value = (value as Record<string | number, Json>)[key]
  return value
}

function setAt(root: Json, path: Path, next: Json) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>
  parent[path[path.length - 1]] = next
}

type Mutation = { label: string; apply: (event: Json) => void }

/** Every change of one place in an event's JSON: each leaf changed, each key removed, a key added, array items removed and added. */
function mutationsOf(event: Json, path: Path = []): Mutation[] {
  const value = getAt(event, path)
  const here = path.join(".") || "(event)"
  if (Array.isArray(value)) {
    const out: Mutation[] = [
      {
        label: `${here}: item appended`,
        apply: (e) => (getAt(e, path) as Json[]).push(clone(value[0] ?? "x")),
      },
    ]
    if (value.length > 0) out.push({ label: `${here}: item removed`, apply: (e) => (getAt(e, path) as Json[]).shift() })
    value.forEach((_, i) => {
      out.push(...mutationsOf(event, [...path, i]))
    })
    return out
  }
  if (value !== null && typeof value === "object") {
    const out: Mutation[] = [
      {
        label: `${here}: key added`,
        apply: (e) => {
          ;(getAt(e, path) as Record<string, Json>)["choso:tampered"] = "x"
        },
      },
    ]
    for (const key of Object.keys(value)) {
      out.push({
        label: `${here}.${key}: removed`,
        apply: (e) => {
          delete (getAt(e, path) as Record<string, Json>)[key]
        },
      })
      out.push(...mutationsOf(event, [...path, key]))
    }
    return out
  }
  return changedValues(value).map((next) => ({
    label: `${here}: ${JSON.stringify(value)} → ${JSON.stringify(next)}`,
    apply: (e) => setAt(e, path, next),
  }))
}

const TOP_LEVEL = [
  "id",
  "lot_id",
  "seq",
  "event_id",
  "prev_hash",
  "hash",
  "recorded_at",
  "recorded_by",
  "source",
] as const

type Case = { label: string; index: number; tamper: (entries: ChainEntry[]) => void }

function tamperTable(entries: readonly ChainEntry[]): Case[] {
  const cases: Case[] = []
  entries.forEach((entry, index) => {
    for (const field of TOP_LEVEL) {
      const original = entry[field] as Json
      const others = field === "source" ? [...changedValues(original), "seed"] : changedValues(original)
      for (const next of others) {
        cases.push({
          label: `#${entry.seq} ${field}: ${JSON.stringify(original)} → ${JSON.stringify(next)}`,
          index,
          tamper: (copy) => {
            ;(copy[index] as unknown as Record<string, Json>)[field] = next
          },
        })
      }
    }
    for (const mutation of mutationsOf(entry.event as unknown as Json)) {
      cases.push({
        label: `#${entry.seq} event ${mutation.label}`,
        index,
        tamper: (copy) => mutation.apply(copy[index].event as unknown as Json),
      })
    }
  })
  return cases
}

describe("the hash chain", () => {
  const { entries, head, publicKeys } = buildChain()
  const verify = (list: readonly ChainEntry[], h: ChainHead = head, published?: { seq: number; hash: string }) =>
    verifyChain({ lot_id: LOT_ID, entries: list, head: h, publicKeys, published })

  it("an honest chain verifies, whatever order its entries arrive in", () => {
    expect(entries).toHaveLength(9)
    expect(entries[0].prev_hash).toBe(GENESIS_HASH)
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(verify(entries)).toEqual({ ok: true, count: 9, head_hash: entries[8].hash })
    expect(verify([...entries].reverse())).toEqual({ ok: true, count: 9, head_hash: entries[8].hash })
    // What PostgreSQL hands back: jsonb reorders keys, a timestamptz column comes back as a Date.
    const fromDb = entries.map((e) => ({
      ...JSON.parse(JSON.stringify(e)),
      event: Object.fromEntries(Object.entries(clone(e.event)).reverse()),
      recorded_at: new Date(e.recorded_at),
      created_at: new Date(),
    }))
    expect(verify(fromDb).ok).toBe(true)
  })

  it("THE TAMPER TABLE: any change to any stored field of any entry breaks the chain at that entry", () => {
    const cases = tamperTable(entries)
    expect(cases.length).toBeGreaterThan(100)
    // Every top-level field of every entry is in the table, and leaves deep in the event too.
    for (const entry of entries) {
      for (const field of TOP_LEVEL)
        expect(cases.some((c) => c.label.startsWith(`#${entry.seq} ${field}: `))).toBe(true)
    }
    for (const deep of [
      "choso:photos.0.sha256",
      "inputQuantityList.1.quantity",
      "errorDeclaration.correctiveEventIDs.0",
      "readPoint.id",
      "eventID",
    ]) {
      expect(cases.some((c) => c.label.includes(deep))).toBe(true)
    }
    const failures: string[] = []
    for (const c of cases) {
      const copy = clone(entries)
      c.tamper(copy)
      const result = verify(copy)
      if (result.ok) failures.push(`${c.label}: still verifies`)
      else if (result.broken.entry_id !== copy[c.index].id) {
        failures.push(`${c.label}: reported ${result.broken.entry_id} (${result.broken.reason})`)
      }
    }
    expect(failures).toEqual([])
  })

  it("names the reason of each kind of change", () => {
    const reason = (tamper: (copy: ChainEntry[]) => void) => {
      const copy = clone(entries)
      tamper(copy)
      const result = verify(copy)
      return result.ok ? "ok" : result.broken.reason
    }
    expect(reason((c) => (c[2].seq = 30))).toBe("seq")
    expect(reason((c) => (c[2].lot_id = "lot_OTHER"))).toBe("lot")
    expect(reason((c) => (c[2].event_id = "urn:uuid:00000000-0000-4000-8000-000000000000"))).toBe("event_id")
    expect(reason((c) => (c[2].event.eventID = "urn:uuid:00000000-0000-4000-8000-000000000000"))).toBe("event_id")
    expect(reason((c) => (c[2].prev_hash = c[0].hash))).toBe("prev_hash")
    expect(reason((c) => (c[2].hash = sha256Hex("x")))).toBe("hash")
    expect(reason((c) => (c[2].event.quantityList = [{ epcClass, quantity: 5000 }]))).toBe("hash")
  })

  it("deleting an entry breaks the chain where it was", () => {
    for (const gone of [0, 3, 8]) {
      const copy = entries.filter((_, i) => i !== gone)
      const result = verify(copy)
      expect(result.ok).toBe(false)
      if (gone === 8) expect(result).toMatchObject({ broken: { reason: "head", entry_id: entries[7].id } })
      else expect(result).toMatchObject({ broken: { reason: "seq", entry_id: entries[gone + 1].id } })
    }
  })

  it("swapping two entries (their order and seq) breaks the chain", () => {
    const swappedSeq = clone(entries)
    ;[swappedSeq[3].seq, swappedSeq[4].seq] = [swappedSeq[4].seq, swappedSeq[3].seq]
    expect(verify(swappedSeq)).toMatchObject({ ok: false, broken: { entry_id: entries[4].id } })

    // Their contents exchanged under the original seqs: event 5 is now told as happening 4th.
    const swappedContent = clone(entries)
    ;[swappedContent[3], swappedContent[4]] = [
      { ...swappedContent[4], seq: 4 },
      { ...swappedContent[3], seq: 5 },
    ]
    expect(verify(swappedContent)).toMatchObject({ ok: false, broken: { seq: 4, entry_id: entries[4].id } })
  })

  it("a missing last entry, an unsigned extra one or a missing head is the head's problem", () => {
    expect(verify(entries.slice(0, -1))).toMatchObject({
      ok: false,
      broken: { reason: "head", seq: 8, entry_id: entries[7].id },
    })
    const extra = chainEntry(entries[8], {
      id: "tev_10EXTRA",
      lot_id: LOT_ID,
      event: buildTraceEvent({ step: "storing", lot: { epcClass }, eventTime: "2025-03-09T08:00:00+07:00" }),
      recorded_at: "2025-03-09T01:00:00.000Z",
      recorded_by: null,
      source: "app",
    })
    expect(verify([...entries, extra])).toMatchObject({
      ok: false,
      broken: { reason: "head", seq: 10, entry_id: "tev_10EXTRA" },
    })
    expect(verify(entries, null)).toMatchObject({ ok: false, broken: { reason: "head", seq: 9 } })
    expect(verify([], head)).toMatchObject({ ok: false, broken: { reason: "head", seq: 9, entry_id: null } })
    expect(verify([], null)).toEqual({ ok: true, count: 0, head_hash: null })
  })

  /** The chain rewritten from entry `from` on, every hash recomputed: what someone with the database but not the key could do. */
  function rewritten(from: number) {
    const copy = clone(entries)
    copy[from].event.quantityList = [{ epcClass, quantity: 9000, uom: "KGM" }]
    for (let i = from; i < copy.length; i++) {
      const { seq: _seq, prev_hash: _prev, hash: _hash, ...fields } = copy[i]
      copy[i] = chainEntry(i === 0 ? null : copy[i - 1], fields)
    }
    return copy
  }

  it("a chain rewritten consistently fails on the signature, whatever key signs it", () => {
    for (const from of [0, 2, 8]) {
      const whole = rewritten(from)
      expect(whole[8].hash).not.toBe(entries[8].hash)
      // Every link and hash holds: only the signature can tell.
      expect(verify(whole, { ...head, hash: whole[8].hash })).toMatchObject({
        ok: false,
        broken: { reason: "signature", seq: 9, entry_id: entries[8].id },
      })
    }
    const copy = rewritten(2)
    const last = copy[copy.length - 1]
    const forged = { ...head, hash: last.hash }

    const other = loadSigningKey(generateSigningKeyValue())
    const ref = { lot_id: LOT_ID, seq: last.seq, hash: last.hash }
    const ownKey = { ...forged, signature: signHead(ref, other), key_id: other.keyId }
    expect(verify(copy, ownKey)).toMatchObject({ ok: false, broken: { reason: "signature" } })
    const borrowedId = { ...ownKey, key_id: key.keyId }
    expect(verify(copy, borrowedId)).toMatchObject({ ok: false, broken: { reason: "signature" } })
    // The honest head signed by another key, or a signature that is not one.
    expect(
      verify(entries, { ...head, signature: signHead({ lot_id: LOT_ID, seq: 9, hash: head.hash }, other) })
    ).toMatchObject({
      ok: false,
      broken: { reason: "signature" },
    })
    expect(verify(entries, { ...head, signature: "AAAA" })).toMatchObject({
      ok: false,
      broken: { reason: "signature" },
    })
    // A head signed for another lot does not verify here.
    const elsewhere = signHead({ lot_id: "lot_OTHER", seq: 9, hash: head.hash }, key)
    expect(verify(entries, { ...head, signature: elsewhere })).toMatchObject({
      ok: false,
      broken: { reason: "signature" },
    })
  })

  it("a head signed before a key rotation verifies with the previous public key", () => {
    const next = loadSigningKey(generateSigningKeyValue())
    const result = verifyChain({
      lot_id: LOT_ID,
      entries,
      head,
      publicKeys: { [next.keyId]: next.publicKey, [key.keyId]: publicKeyFromBase64(key.publicKeyBase64) },
    })
    expect(result.ok).toBe(true)
  })

  it("a rollback re-signed with the real key is caught by the published digest head", () => {
    const published = { seq: 9, hash: entries[8].hash }
    expect(verify(entries, head, published).ok).toBe(true)
    expect(verify(entries, head, { seq: 5, hash: entries[4].hash }).ok).toBe(true)

    const truncated = entries.slice(0, 7)
    const t = truncated[6]
    const resigned = {
      seq: t.seq,
      hash: t.hash,
      signature: signHead({ lot_id: LOT_ID, seq: t.seq, hash: t.hash }, key),
      key_id: key.keyId,
    }
    expect(verify(truncated, resigned).ok).toBe(true)
    expect(verify(truncated, resigned, published)).toMatchObject({
      ok: false,
      broken: { reason: "digest", seq: 9, entry_id: null },
    })

    const copy = rewritten(2)
    const last = copy[8]
    const signed = {
      seq: 9,
      hash: last.hash,
      signature: signHead({ lot_id: LOT_ID, seq: last.seq, hash: last.hash }, key),
      key_id: key.keyId,
    }
    expect(verify(copy, signed).ok).toBe(true)
    expect(verify(copy, signed, { seq: 5, hash: entries[4].hash })).toMatchObject({
      ok: false,
      broken: { reason: "digest", seq: 5, entry_id: entries[4].id },
    })
  })

  it("entryHash covers exactly the stored fields, in canonical form", () => {
    const e = entries[1]
    const { hash, ...rest } = e
    expect(entryHash(rest)).toBe(hash)
    expect(entryHash({ ...rest, recorded_at: new Date(rest.recorded_at) })).toBe(hash)
    expect(entryHash({ ...rest, created_at: "2030-01-01", hash: "x" } as typeof rest)).toBe(hash)
    expect(entryHash({ ...rest, recorded_by: null })).not.toBe(hash)
    expect(() => chainEntry(null, { ...rest, event_id: "urn:uuid:00000000-0000-4000-8000-000000000000" })).toThrow(
      RangeError
    )
  })
})

describe("Ed25519 keys and signatures", () => {
  it("a seed builds the RFC 8032 key pair (test 1), in base64 or base64url", () => {
    expect(Buffer.from(key.publicKeyBase64, "base64").toString("hex")).toBe(TEST_PUBLIC_HEX)
    expect(key.keyId).toBe(sha256Hex(Buffer.from(TEST_PUBLIC_HEX, "hex")).slice(0, 16))
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/)
    const signature = sign(null, Buffer.alloc(0), key.privateKey).toString("hex")
    expect(signature).toBe(
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )
    const url = loadSigningKey(Buffer.from(TEST_SEED_HEX, "hex").toString("base64url"))
    expect(url.keyId).toBe(key.keyId)
    expect(loadSigningKey(`  ${Buffer.from(TEST_SEED_HEX, "hex").toString("base64")}\n`).keyId).toBe(key.keyId)
  })

  it("a PKCS#8 PEM loads too; anything else is refused", () => {
    const { privateKey } = generateKeyPairSync("ed25519")
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString()
    const loaded = loadSigningKey(pem)
    expect(loaded.keyId).toBe(keyIdOf(loaded.publicKey))
    expect(Buffer.from(loaded.publicKeyBase64, "base64")).toHaveLength(32)
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ format: "pem", type: "pkcs8" })
    expect(() => loadSigningKey(rsa.toString())).toThrow(/not Ed25519/)
    expect(() => loadSigningKey("")).toThrow()
    expect(() => loadSigningKey("change-me")).toThrow()
    expect(() => loadSigningKey(Buffer.alloc(31, 1).toString("base64"))).toThrow()
    expect(() => loadSigningKey(Buffer.alloc(33, 1).toString("base64"))).toThrow()
    expect(() => publicKeyFromBase64("AAAA")).toThrow()
    expect(createPrivateKey(pem).asymmetricKeyType).toBe("ed25519")
  })

  it("generated values are fresh 32-byte seeds", () => {
    const a = generateSigningKeyValue()
    expect(Buffer.from(a, "base64")).toHaveLength(32)
    expect(a).not.toBe(generateSigningKeyValue())
  })

  it("signs the canonical head; the signature verifies only for that head and key", () => {
    const ref = { lot_id: "lot_1", seq: 3, hash: "a".repeat(64) }
    expect(headMessage(ref)).toBe(`{"hash":"${"a".repeat(64)}","lot_id":"lot_1","seq":3}`)
    const signature = signHead(ref, key)
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/)
    const pub = publicKeyFromBase64(key.publicKeyBase64)
    expect(verifyHead(ref, signature, pub)).toBe(true)
    expect(verifyHead({ ...ref, seq: 4 }, signature, pub)).toBe(false)
    expect(verifyHead(ref, signature, loadSigningKey(generateSigningKeyValue()).publicKey)).toBe(false)
    expect(verifyHead(ref, `${signature.slice(0, -2)}AA`, pub)).toBe(false)
  })
})

describe("daily digests of the heads", () => {
  const heads = [
    { lot_id: "lot_B", seq: 4, hash: "b".repeat(64) },
    { lot_id: "lot_A", seq: 9, hash: "a".repeat(64) },
    { lot_id: "lot_C", seq: 1, hash: "c".repeat(64) },
  ]

  it("root = sha256 of the canonical heads sorted by lot_id, signed with the day and count", () => {
    const digest = digestOfHeads("2025-03-08", heads, key)
    const sorted = [heads[1], heads[0], heads[2]]
    expect(digest.root).toBe(sha256Hex(JSON.stringify(sorted.map(({ hash, lot_id, seq }) => ({ hash, lot_id, seq })))))
    expect(digest).toMatchObject({ day: "2025-03-08", count: 3, key_id: key.keyId })
    expect(digestOfHeads("2025-03-08", [...heads].reverse(), key).root).toBe(digest.root)
    expect(verifyDigest(digest, key.publicKey, heads)).toBe(true)
    expect(verifyDigest({ ...digest, day: "2025-03-09" }, key.publicKey)).toBe(false)
    expect(verifyDigest(digest, key.publicKey, [{ ...heads[0], seq: 3 }, heads[1], heads[2]])).toBe(false)
    expect(verifyDigest(digest, key.publicKey, heads.slice(1))).toBe(false)
  })
})
