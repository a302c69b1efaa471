import type { KeyObject } from "node:crypto"
import { stepOfEvent } from "@choso/trace-rules"
import { type ChainEntry, chainEntry, signHead } from "@choso/trace-rules/chain"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { TraceSource } from "../../lib/constants"
import type { LotRef } from "../../lib/lot-classes"
import { type ResolvedTraceOptions, resolveTraceOptions, type TraceOptions } from "../../lib/options"
import type { EpcisEvent } from "../../lib/types"
import type { LotRow } from "../../lib/views"
import Lot from "./models/lot"
import LotAllocation from "./models/lot-allocation"
import TraceDigest from "./models/trace-digest"
import TraceEvent from "./models/trace-event"

type TransactionManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export interface NewEntry {
  lot_id: string
  event: EpcisEvent
  source: TraceSource
  recorded_by: string | null
}

/** A trace_event row as stored (every column the chain covers, plus the derived ones). */
export interface EntryRow {
  id: string
  lot_id: string
  seq: number
  event_id: string
  type: string
  step: string | null
  event_time: Date
  event: EpcisEvent
  prev_hash: string
  hash: string
  recorded_at: Date
  recorded_by: string | null
  source: TraceSource
}

export interface HeadRow {
  id: string
  head_seq: number
  head_hash: string | null
  head_signature: string | null
  head_key_id: string | null
}

export const LOT_COLUMNS = [
  "id",
  "seller_id",
  "variant_id",
  "product_id",
  "code",
  "gtin",
  "short_code",
  "produced_on",
  "expires_on",
  "quantity",
  "unit",
  "origin_province_code",
  "origin_ward_code",
  "origin_place",
  "head_seq",
  "head_hash",
  "head_signature",
  "head_key_id",
  "created_at",
] as const

export interface DigestRow {
  id: string
  day: string
  count: number
  root: string
  signature: string
  key_id: string
  heads: { lot_id: string; seq: number; hash: string }[]
}

const DIGEST_COLUMNS = ["id", "day", "count", "root", "signature", "key_id", "heads"] as const

export const ENTRY_COLUMNS = [
  "id",
  "lot_id",
  "seq",
  "event_id",
  "type",
  "step",
  "event_time",
  "event",
  "prev_hash",
  "hash",
  "recorded_at",
  "recorded_by",
  "source",
] as const

const refuseWrite = (async () => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Nhật ký truy xuất chỉ được ghi thêm (trace events are append-only: use appendEntries)."
  )
}) as never

function readerOf(sharedContext: Context): Knex {
  return (sharedContext.manager as { getKnex(): Knex }).getKnex()
}

function knexOf(sharedContext: Context): Knex {
  const manager = sharedContext.transactionManager as TransactionManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

/**
 * Lots and their append-only chains. `appendEntries` is the only writer of `trace_event` and of
 * a lot's head; nothing here updates or deletes an entry.
 */
export default class TraceModuleService extends MedusaService({ Lot, TraceEvent, LotAllocation, TraceDigest }) {
  protected readonly options_: ResolvedTraceOptions

  // biome-ignore lint/correctness/noUnusedFunctionParameters: Medusa passes more than these two; all go to the base
  constructor(container: Record<string, unknown>, options?: TraceOptions) {
    // biome-ignore lint/complexity/noArguments: Medusa's own services hand every constructor argument on
    super(...arguments)
    this.options_ = resolveTraceOptions(options ?? {})
  }

  // The generated writers of trace_event would bypass the chain: entries are only appended.
  createTraceEvents = refuseWrite
  updateTraceEvents = refuseWrite
  upsertTraceEvents = refuseWrite
  deleteTraceEvents = refuseWrite
  softDeleteTraceEvents = refuseWrite
  restoreTraceEvents = refuseWrite

  settings(): ResolvedTraceOptions {
    return this.options_
  }

  /** Every key a head may have been signed with: the current one and the rotated-out ones. */
  publicKeys(): Record<string, KeyObject> {
    const keys: Record<string, KeyObject> = {}
    for (const previous of this.options_.previous) keys[previous.key_id] = previous.key
    keys[this.options_.key.keyId] = this.options_.key.publicKey
    return keys
  }

  /**
   * Appends entries to their lots' chains in one transaction: the lots are locked in id order
   * (so two captures touching the same lots cannot deadlock), each entry is chained on its lot's
   * head (ids generated first, so the id is hashed), inserted, and every head is re-signed.
   */
  @InjectTransactionManager()
  async appendEntries(entries: NewEntry[], @MedusaContext() sharedContext: Context = {}): Promise<ChainEntry[]> {
    if (!entries.length) return []
    const knex = knexOf(sharedContext)
    const lotIds = [...new Set(entries.map((e) => e.lot_id))].sort()
    const lots = (await knex("lot")
      .select("id", "head_seq", "head_hash")
      .whereIn("id", lotIds)
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()) as { id: string; head_seq: number; head_hash: string | null }[]
    if (lots.length !== lotIds.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lô hàng (lot not found).")
    }
    const heads = new Map<string, { seq: number; hash: string } | null>(
      lots.map((lot) => [lot.id, lot.head_seq > 0 && lot.head_hash ? { seq: lot.head_seq, hash: lot.head_hash } : null])
    )
    const recordedAt = new Date().toISOString()
    const built = entries.map((entry) => {
      const chained = chainEntry(heads.get(entry.lot_id) ?? null, {
        id: generateEntityId(undefined, "tev"),
        lot_id: entry.lot_id,
        event_id: String(entry.event.eventID),
        event: entry.event,
        recorded_at: recordedAt,
        recorded_by: entry.recorded_by,
        source: entry.source,
      })
      heads.set(entry.lot_id, { seq: chained.seq, hash: chained.hash })
      return chained
    })
    await knex("trace_event").insert(
      built.map((entry) => ({
        id: entry.id,
        lot_id: entry.lot_id,
        seq: entry.seq,
        event_id: entry.event_id,
        type: String(entry.event.type),
        step: stepOfEvent(entry.event),
        event_time: new Date(String(entry.event.eventTime)),
        event: JSON.stringify(entry.event),
        prev_hash: entry.prev_hash,
        hash: entry.hash,
        recorded_at: entry.recorded_at,
        recorded_by: entry.recorded_by,
        source: entry.source,
      }))
    )
    const key = this.options_.key
    for (const lotId of lotIds) {
      const head = heads.get(lotId)
      if (!head) continue
      await knex("lot")
        .where({ id: lotId })
        .update({
          head_seq: head.seq,
          head_hash: head.hash,
          head_signature: signHead({ lot_id: lotId, seq: head.seq, hash: head.hash }, key),
          head_key_id: key.keyId,
          updated_at: knex.fn.now(),
        })
    }
    return built
  }

  /**
   * The lots' entries as stored, in seq order, soft-deleted rows included: verification must see
   * a row someone hid as well as one someone changed.
   */
  @InjectManager()
  async entriesOf(lotIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<EntryRow[]> {
    if (!lotIds.length) return []
    const rows = (await readerOf(sharedContext)("trace_event")
      .select(...ENTRY_COLUMNS)
      .whereIn("lot_id", lotIds)
      .orderBy([
        { column: "lot_id", order: "asc" },
        { column: "seq", order: "asc" },
      ])) as EntryRow[]
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }))
  }

  /** One entry by id with its lot's seller (for the seller's corrections). */
  @InjectManager()
  async entryWithSeller(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(EntryRow & { seller_id: string }) | null> {
    const row = (await readerOf(sharedContext)("trace_event as e")
      .join("lot as l", "l.id", "e.lot_id")
      .select(...ENTRY_COLUMNS.map((c) => `e.${c}`), "l.seller_id")
      .where("e.id", id)
      .whereNull("e.deleted_at")
      .whereNull("l.deleted_at")
      .first()) as (EntryRow & { seller_id: string }) | undefined
    return row ? { ...row, seq: Number(row.seq) } : null
  }

  /** The number of entries and the latest one of each lot (for lists). */
  @InjectManager()
  async lastEntries(
    lotIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, { step: string | null; event_time: Date }>> {
    if (!lotIds.length) return new Map()
    const rows = (await readerOf(sharedContext)("trace_event")
      .distinctOn("lot_id")
      .select("lot_id", "step", "event_time")
      .whereIn("lot_id", lotIds)
      .whereNull("deleted_at")
      .orderBy([
        { column: "lot_id", order: "asc" },
        { column: "seq", order: "desc" },
      ])) as { lot_id: string; step: string | null; event_time: Date }[]
    return new Map(rows.map((r) => [r.lot_id, { step: r.step, event_time: r.event_time }]))
  }

  /** Lots named by GTIN + lot code or by short code, optionally only one seller's. */
  @InjectManager()
  async lotsByRefs(
    refs: LotRef[],
    sellerId: string | null = null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LotRow[]> {
    const pairs = refs.filter((r): r is { gtin: string; code: string } => "gtin" in r)
    const shorts = refs.filter((r): r is { short_code: string } => "short_code" in r).map((r) => r.short_code)
    if (!pairs.length && !shorts.length) return []
    const knex = readerOf(sharedContext)
    const query = knex("lot")
      .select(...LOT_COLUMNS)
      .whereNull("deleted_at")
      .where((where) => {
        if (shorts.length) where.orWhereIn("short_code", shorts)
        for (const pair of pairs) where.orWhere({ gtin: pair.gtin, code: pair.code })
      })
    if (sellerId) query.andWhere({ seller_id: sellerId })
    return (await query) as LotRow[]
  }

  /** Live lots by id. */
  @InjectManager()
  async lotsById(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<LotRow[]> {
    if (!ids.length) return []
    return (await readerOf(sharedContext)("lot")
      .select(...LOT_COLUMNS)
      .whereIn("id", ids)
      .whereNull("deleted_at")) as LotRow[]
  }

  /** One live lot's columns, by id, GTIN + code or short code. */
  @InjectManager()
  async findLot(
    filter: { id: string } | { gtin: string; code: string } | { short_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LotRow | null> {
    const row = (await readerOf(sharedContext)("lot")
      .select(...LOT_COLUMNS)
      .where(filter)
      .whereNull("deleted_at")
      .orderBy("created_at", "desc")
      .first()) as LotRow | undefined
    return row ?? null
  }

  /** The latest published digest that holds this lot's head. */
  @InjectManager()
  async publishedHead(
    lotId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ day: string; seq: number; hash: string } | null> {
    const knex = readerOf(sharedContext)
    const row = (await knex("trace_digest as d")
      .select("d.day", knex.raw("h->>'seq' as seq"), knex.raw("h->>'hash' as hash"))
      .joinRaw("cross join lateral jsonb_array_elements(d.heads) h")
      .whereRaw("d.heads @> ?::jsonb", [JSON.stringify([{ lot_id: lotId }])])
      .whereRaw("h->>'lot_id' = ?", [lotId])
      .whereNull("d.deleted_at")
      .orderBy("d.day", "desc")
      .first()) as { day: string; seq: string; hash: string } | undefined
    return row ? { day: row.day, seq: Number(row.seq), hash: row.hash } : null
  }

  @InjectManager()
  async digestOf(day: string, @MedusaContext() sharedContext: Context = {}): Promise<DigestRow | null> {
    const row = (await readerOf(sharedContext)("trace_digest")
      .select(...DIGEST_COLUMNS)
      .where({ day })
      .whereNull("deleted_at")
      .first()) as DigestRow | undefined
    return row ? { ...row, count: Number(row.count) } : null
  }

  /** Inserts the day's digest unless the day already has one (then null). */
  @InjectTransactionManager()
  async insertDigest(digest: Omit<DigestRow, "id">, @MedusaContext() sharedContext: Context = {}) {
    const knex = knexOf(sharedContext)
    const [row] = (await knex("trace_digest")
      .insert({ id: generateEntityId(undefined, "tdig"), ...digest, heads: JSON.stringify(digest.heads) })
      .onConflict(knex.raw('("day") where deleted_at is null'))
      .ignore()
      .returning([...DIGEST_COLUMNS])) as DigestRow[]
    return row ? { ...row, count: Number(row.count) } : null
  }

  /** A workflow's undo of the digest it just inserted. */
  @InjectTransactionManager()
  async removeDigest(day: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await knexOf(sharedContext)("trace_digest").where({ day }).delete()
  }

  /** Published digests, newest day first. */
  @InjectManager()
  async listDigests(limit: number, @MedusaContext() sharedContext: Context = {}) {
    const rows = (await readerOf(sharedContext)("trace_digest")
      .select("day", "count", "root", "signature", "key_id")
      .whereNull("deleted_at")
      .orderBy("day", "desc")
      .limit(limit)) as Omit<DigestRow, "id" | "heads">[]
    return rows.map((r) => ({ ...r, count: Number(r.count) }))
  }

  /** Every lot's current head, for the day's digest. */
  @InjectManager()
  async currentHeads(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ lot_id: string; seq: number; hash: string }[]> {
    const rows = (await readerOf(sharedContext)("lot")
      .select("id", "head_seq", "head_hash")
      .where("head_seq", ">", 0)
      .whereNull("deleted_at")
      .orderBy("id")) as { id: string; head_seq: number; head_hash: string }[]
    return rows.map((r) => ({ lot_id: r.id, seq: Number(r.head_seq), hash: r.head_hash }))
  }
}
