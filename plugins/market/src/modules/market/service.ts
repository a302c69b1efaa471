import type { PaymentRequestStatus, ReviewDecision } from "@choso/market-rules"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { type MarketOptions, type ResolvedMarketOptions, resolveMarketOptions } from "../../lib/options"
import { matchTransfer, type PendingRequest, squeeze } from "../../lib/payment-match"
import { candidateReferences } from "../../lib/reference"
import { requestView, transferView } from "../../lib/views"
import IncomingTransfer from "./models/incoming-transfer"
import Market from "./models/market"
import PaymentRequest from "./models/payment-request"
import Stall from "./models/stall"
import StallDevice from "./models/stall-device"
import StallFeedEvent from "./models/stall-feed-event"
import StallReceivable from "./models/stall-receivable"
import WebhookRejection from "./models/webhook-rejection"

type TransactionManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }
type Row = Record<string, unknown>

export interface RequestRow {
  id: string
  stall_id: string
  reference: string
  amount: number
  rail: "vietqr" | "vnpay"
  status: PaymentRequestStatus
  expires_at: Date
  qr_payload: string
  account: string | null
  paid_at: Date | null
  confirmation_source: string | null
  confirmation_id: string | null
  created_at: Date
  resolution: ReviewDecision | null
  resolution_note: string | null
  resolved_at: Date | null
}

export interface TransferRow {
  id: string
  provider: string
  provider_transaction_id: string
  transfer_type: string
  account: string
  sub_account: string | null
  amount: number
  content: string
  transaction_date: Date
  outcome: "paid" | "needs_review" | "ignored" | null
  reason: string | null
  reference: string | null
  payment_request_id: string | null
  stall_id: string | null
  resolution: ReviewDecision | null
  resolution_note: string | null
  resolved_at: Date | null
  created_at: Date
}

export interface FeedRow {
  seq: number
  stall_id: string
  type: string
  data: Record<string, unknown>
  created_at: Date
}

export interface NewTransfer {
  provider: string
  provider_transaction_id: string
  transfer_type: string
  account: string
  sub_account: string | null
  amount: number
  content: string
  gateway: string | null
  bank_reference: string | null
  transaction_date: Date
  raw: unknown
}

/** What one matching did: the transfer, the request it paid or flagged, the feed event it added. */
export interface TransferMatch {
  transfer: TransferRow
  request: RequestRow | null
  feed: FeedRow | null
  duplicate: boolean
}

export interface Confirmation {
  request: RequestRow
  feed: FeedRow | null
  /** False when it was already paid (a repeated IPN). */
  changed: boolean
}

function brief(request: RequestRow) {
  return { id: request.id, reference: request.reference, amount: Number(request.amount) }
}

function readerOf(sharedContext: Context): Knex {
  return (sharedContext.manager as { getKnex(): Knex }).getKnex()
}

function knexOf(sharedContext: Context): Knex {
  const manager = sharedContext.transactionManager as TransactionManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

/**
 * The chợ 4.0 ledger. Every state change of a request or a transfer is one SQL transaction that
 * locks the rows it reads, writes the change and its feed event together: a confirmation is never
 * half-recorded and never recorded twice.
 */
export default class MarketModuleService extends MedusaService({
  Market,
  Stall,
  PaymentRequest,
  IncomingTransfer,
  WebhookRejection,
  StallDevice,
  StallFeedEvent,
  StallReceivable,
}) {
  protected readonly options_: ResolvedMarketOptions

  // biome-ignore lint/correctness/noUnusedFunctionParameters: Medusa passes more than these two; all go to the base
  constructor(container: Record<string, unknown>, options?: MarketOptions) {
    // biome-ignore lint/complexity/noArguments: Medusa's own services hand every constructor argument on
    super(...arguments)
    this.options_ = resolveMarketOptions(options ?? {})
  }

  settings(): ResolvedMarketOptions {
    return this.options_
  }

  /**
   * The stall's next event, numbered under the stall row's lock: one stall's changes commit in
   * the order of their numbers, so a gap a screen sees is only an event still on its way.
   */
  private async appendFeed(knex: Knex, stallId: string, type: string, data: Row): Promise<FeedRow> {
    const [{ feed_seq: seq }] = (await knex("stall")
      .where({ id: stallId })
      .increment("feed_seq", 1)
      .returning(["feed_seq"])) as { feed_seq: number }[]
    const [row] = (await knex("stall_feed_event")
      .insert({ id: generateEntityId(undefined, "sfe"), stall_id: stallId, seq, type, data: JSON.stringify(data) })
      .returning(["seq", "stall_id", "type", "data", "created_at"])) as FeedRow[]
    return { ...row, seq: Number(row.seq) }
  }

  /** The stall's feed after `after` (SSE Last-Event-ID), oldest first. */
  @InjectManager()
  async feedAfter(
    stallId: string,
    after: number,
    limit = 200,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FeedRow[]> {
    const knex = readerOf(sharedContext)
    const rows = (await knex("stall_feed_event")
      .select("seq", "stall_id", "type", "data", "created_at")
      .where({ stall_id: stallId })
      .andWhere("seq", ">", after)
      .whereNull("deleted_at")
      .orderBy("seq", "asc")
      .limit(limit)) as FeedRow[]
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }))
  }

  @InjectManager()
  async lastSeq(stallId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const knex = readerOf(sharedContext)
    const row = (await knex("stall").select("feed_seq").where({ id: stallId }).first()) as
      | { feed_seq: number | null }
      | undefined
    return Number(row?.feed_seq ?? 0)
  }

  /**
   * Stores a webhook's transaction before anything else; a retry (same provider id) finds the
   * stored row instead. Returns the row and whether it was new.
   */
  @InjectTransactionManager()
  async storeTransfer(
    transfer: NewTransfer,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ row: TransferRow; created: boolean }> {
    const knex = knexOf(sharedContext)
    const inserted = (await knex("incoming_transfer")
      .insert({
        id: generateEntityId(undefined, "itr"),
        ...transfer,
        raw: JSON.stringify(transfer.raw),
      })
      // Medusa's unique indexes are partial (live rows only): the conflict target says so.
      .onConflict(knex.raw("(provider, provider_transaction_id) where deleted_at is null"))
      .ignore()
      .returning("*")) as TransferRow[]
    if (inserted.length) return { row: inserted[0], created: true }
    const existing = (await knex("incoming_transfer")
      .where({ provider: transfer.provider, provider_transaction_id: transfer.provider_transaction_id })
      .first()) as TransferRow
    return { row: existing, created: false }
  }

  /**
   * Decides a stored transfer once (rows with an outcome are left as they are): paid only when
   * account, exact amount and reference match a pending, unexpired request (lib/payment-match).
   */
  @InjectTransactionManager()
  async matchStoredTransfer(transferId: string, @MedusaContext() sharedContext: Context = {}): Promise<TransferMatch> {
    const knex = knexOf(sharedContext)
    const transfer = (await knex("incoming_transfer").where({ id: transferId }).forUpdate().first()) as TransferRow
    if (transfer.outcome) {
      const request = transfer.payment_request_id
        ? ((await knex("stall_payment_request").where({ id: transfer.payment_request_id }).first()) as RequestRow)
        : null
      return { transfer, request, feed: null, duplicate: true }
    }
    const references = candidateReferences(squeeze(transfer.content))
    const requests = references.length
      ? ((await knex("stall_payment_request")
          .whereIn("reference", references)
          .whereNull("deleted_at")
          .forUpdate()) as RequestRow[])
      : []
    const decision = matchTransfer(
      {
        direction: transfer.transfer_type === "in" ? "in" : "out",
        account: transfer.account,
        sub_account: transfer.sub_account,
        amount: Number(transfer.amount),
        content: transfer.content,
        received_at: transfer.transaction_date,
      },
      requests.map(
        (r): PendingRequest => ({
          reference: r.reference,
          amount: Number(r.amount),
          status: r.status,
          expires_at: r.expires_at,
          account: r.rail === "vietqr" ? (r.account ?? "") : "",
        })
      )
    )
    if (decision.outcome === "ignore") {
      const [row] = (await knex("incoming_transfer")
        .update({ outcome: "ignored", updated_at: knex.fn.now() })
        .where({ id: transferId })
        .returning("*")) as TransferRow[]
      return { transfer: row, request: null, feed: null, duplicate: false }
    }
    const request = decision.reference ? (requests.find((r) => r.reference === decision.reference) ?? null) : null
    const stallId = request?.stall_id ?? (await this.stallOfAccount(knex, transfer))
    if (decision.outcome === "paid" && request) {
      const [paid] = (await knex("stall_payment_request")
        .update({
          status: "paid",
          paid_at: knex.fn.now(),
          confirmation_source: "sepay",
          confirmation_id: transfer.id,
          updated_at: knex.fn.now(),
        })
        .where({ id: request.id, status: "pending" })
        .returning("*")) as RequestRow[]
      const [row] = (await knex("incoming_transfer")
        .update({
          outcome: "paid",
          reference: request.reference,
          payment_request_id: request.id,
          stall_id: stallId,
          updated_at: knex.fn.now(),
        })
        .where({ id: transferId })
        .returning("*")) as TransferRow[]
      const feed = await this.appendFeed(knex, paid.stall_id, "paid", {
        request: requestView(paid),
        transfer: transferView(row, brief(paid)),
      })
      return { transfer: row, request: paid, feed, duplicate: false }
    }
    const reason = decision.outcome === "needs_review" ? decision.reason : "unknown_reference"
    const [row] = (await knex("incoming_transfer")
      .update({
        outcome: "needs_review",
        reason,
        reference: request?.reference ?? null,
        payment_request_id: request?.id ?? null,
        stall_id: stallId,
        updated_at: knex.fn.now(),
      })
      .where({ id: transferId })
      .returning("*")) as TransferRow[]
    const feed = stallId
      ? await this.appendFeed(knex, stallId, "review", {
          ...(request ? { request: requestView(request) } : {}),
          transfer: transferView(row, request ? brief(request) : null),
        })
      : null
    return { transfer: row, request, feed, duplicate: false }
  }

  /** A transfer without a usable reference still belongs to the stall whose account it reached. */
  private async stallOfAccount(knex: Knex, transfer: TransferRow): Promise<string | null> {
    const accounts = [transfer.account, transfer.sub_account].filter((a): a is string => !!a)
    const stalls = (await knex("stall").select("id").whereIn("bank_account", accounts).whereNull("deleted_at")) as {
      id: string
    }[]
    return stalls.length === 1 ? stalls[0].id : null
  }

  /**
   * VNPay's verified IPN paid this request (its amount was checked against the attempt). Money
   * VNPay took is never dropped: the request becomes paid even if the vendor had cancelled it or
   * it had expired meanwhile — the customer did pay the stall. The amount is owed to the stall's
   * seller (VNPay pays the platform).
   */
  @InjectTransactionManager()
  async confirmVNPay(
    input: { reference: string; amount: number; transaction_no: string | null; seller_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Confirmation | null> {
    const knex = knexOf(sharedContext)
    const request = (await knex("stall_payment_request")
      .where({ reference: input.reference, rail: "vnpay" })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as RequestRow | undefined
    if (!request) return null
    if (request.status === "paid") return { request, feed: null, changed: false }
    const [row] = (await knex("stall_payment_request")
      .update({
        status: "paid",
        paid_at: knex.fn.now(),
        confirmation_source: "vnpay",
        confirmation_id: input.transaction_no,
        updated_at: knex.fn.now(),
      })
      .where({ id: request.id })
      .returning("*")) as RequestRow[]
    await knex("stall_receivable")
      .insert({
        id: generateEntityId(undefined, "srcv"),
        payment_request_id: row.id,
        stall_id: row.stall_id,
        seller_id: input.seller_id,
        amount: input.amount,
        source: "vnpay",
        source_id: input.transaction_no ?? row.reference,
      })
      .onConflict(knex.raw("(payment_request_id) where deleted_at is null"))
      .ignore()
    const feed = await this.appendFeed(knex, row.stall_id, "paid", { request: requestView(row) })
    return { request: row, feed, changed: true }
  }

  /** Pending → cancelled (by the vendor) or expired (by the job); each with its feed event. */
  @InjectTransactionManager()
  async closeRequests(
    filter: { ids?: string[]; stall_id?: string; expired_before?: Date },
    to: "cancelled" | "expired",
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ requests: RequestRow[]; feed: FeedRow[] }> {
    const knex = knexOf(sharedContext)
    const query = knex("stall_payment_request").where({ status: "pending" }).whereNull("deleted_at")
    if (filter.ids) query.whereIn("id", filter.ids)
    if (filter.stall_id) query.andWhere({ stall_id: filter.stall_id })
    if (filter.expired_before) query.andWhere("expires_at", "<", filter.expired_before)
    const rows = (await query.update({ status: to, updated_at: knex.fn.now() }).returning("*")) as RequestRow[]
    const feed: FeedRow[] = []
    for (const row of rows) feed.push(await this.appendFeed(knex, row.stall_id, to, { request: requestView(row) }))
    return { requests: rows, feed }
  }

  /** The vendor's decision on a "cần kiểm tra" transfer, once, with a note. */
  @InjectTransactionManager()
  async resolveTransfer(
    input: { id: string; stall_id: string; decision: ReviewDecision; note: string; by: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ transfer: TransferRow; feed: FeedRow } | null> {
    const knex = knexOf(sharedContext)
    const [row] = (await knex("incoming_transfer")
      .update({
        resolution: input.decision,
        resolution_note: input.note,
        resolved_at: knex.fn.now(),
        resolved_by: input.by,
        updated_at: knex.fn.now(),
      })
      .where({ id: input.id, stall_id: input.stall_id, outcome: "needs_review" })
      .whereNull("resolution")
      .returning("*")) as TransferRow[]
    if (!row) return null
    const request = row.payment_request_id
      ? ((await knex("stall_payment_request").where({ id: row.payment_request_id }).first()) as RequestRow)
      : null
    const feed = await this.appendFeed(knex, input.stall_id, "resolved", {
      transfer: transferView(row, request ? brief(request) : null),
    })
    return { transfer: row, feed }
  }

  /** Today's requests and open reviews of a stall, and the total actually paid. */
  @InjectManager()
  async stallDay(stallId: string, since: Date, @MedusaContext() sharedContext: Context = {}) {
    const knex = readerOf(sharedContext)
    const [requests, reviews] = await Promise.all([
      knex("stall_payment_request")
        .where({ stall_id: stallId })
        .andWhere("created_at", ">=", since)
        .whereNull("deleted_at")
        .orderBy("created_at", "desc")
        .limit(200) as Promise<RequestRow[]>,
      knex("incoming_transfer")
        .where({ stall_id: stallId, outcome: "needs_review" })
        .andWhere((q) => q.whereNull("resolution").orWhere("resolved_at", ">=", since))
        .orderBy("created_at", "desc")
        .limit(100) as Promise<TransferRow[]>,
    ])
    return { requests, reviews }
  }
}
