import type { KeyObject } from "node:crypto"
import { stepOfEvent } from "@choso/trace-rules"
import { type ChainEntry, type Verification, verifyChain } from "@choso/trace-rules/chain"
import type { EntryRow } from "../modules/trace/service"

export type ChainStatus = "intact" | "broken" | "empty"

export interface ChainView {
  status: ChainStatus
  count: number
  head_hash: string | null
  key_id: string | null
  signed_at_seq: number | null
  broken: { seq: number; event_id: string | null; reason: string } | null
  published: { day: string; seq: number } | null
}

export interface LotHead {
  id: string
  head_seq: number
  head_hash: string | null
  head_signature: string | null
  head_key_id: string | null
}

export function chainEntryOf(row: EntryRow): ChainEntry {
  return {
    id: row.id,
    lot_id: row.lot_id,
    seq: Number(row.seq),
    event_id: row.event_id,
    event: row.event,
    prev_hash: row.prev_hash,
    hash: row.hash,
    recorded_at: new Date(row.recorded_at).toISOString(),
    recorded_by: row.recorded_by,
    source: row.source,
  }
}

/** The first row whose query columns (type, step, event_time) no longer say what its event says. */
function firstDerivedMismatch(rows: EntryRow[]): EntryRow | null {
  for (const row of rows) {
    const event = row.event as { type?: unknown; eventTime?: unknown }
    if (
      row.type !== event.type ||
      (row.step ?? null) !== stepOfEvent(row.event) ||
      new Date(row.event_time).getTime() !== Date.parse(String(event.eventTime))
    ) {
      return row
    }
  }
  return null
}

/**
 * Verifies a lot's chain from its stored rows (every read does this; nothing is cached): the
 * trace-rules walk over the hashed fields, plus the columns derived from each event.
 */
export function verifyLot(
  lot: LotHead,
  rows: EntryRow[],
  publicKeys: Record<string, KeyObject>,
  published: { day: string; seq: number; hash: string } | null
): ChainView {
  const verification: Verification = verifyChain({
    lot_id: lot.id,
    entries: rows.map(chainEntryOf),
    head:
      lot.head_seq > 0 || lot.head_hash
        ? {
            seq: Number(lot.head_seq),
            hash: String(lot.head_hash),
            signature: String(lot.head_signature),
            key_id: String(lot.head_key_id),
          }
        : null,
    publicKeys,
    published: published ? { seq: published.seq, hash: published.hash } : null,
  })
  let broken = verification.ok
    ? null
    : {
        seq: verification.broken.seq,
        event_id: verification.broken.event_id ?? null,
        reason: verification.broken.reason as string,
      }
  const derived = firstDerivedMismatch(rows)
  if (derived && (!broken || Number(derived.seq) <= broken.seq)) {
    broken = { seq: Number(derived.seq), event_id: derived.event_id, reason: "hash" }
  }
  return {
    status: broken ? "broken" : rows.length ? "intact" : "empty",
    count: rows.length,
    head_hash: lot.head_hash,
    key_id: lot.head_key_id,
    signed_at_seq: lot.head_seq > 0 ? Number(lot.head_seq) : null,
    broken,
    published: published ? { day: published.day, seq: published.seq } : null,
  }
}
