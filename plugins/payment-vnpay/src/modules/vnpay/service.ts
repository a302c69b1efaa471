import type { VNPay } from "@choso/vnpay"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { AttemptStatus } from "../../lib/attempt-status"
import { createVNPayClient, resolveVNPayOptions, type VNPayOptions, type VNPayPluginOptions } from "../../lib/options"
import VNPayAttempt from "./models/vnpay-attempt"
import VNPayAttemptEvent from "./models/vnpay-attempt-event"

export interface AttemptRow {
  id: string
  txn_ref: string
  status: AttemptStatus
  /** The status the transition moved it from. */
  previous_status: AttemptStatus
  [column: string]: unknown
}

export interface Transition {
  from: readonly AttemptStatus[]
  to: AttemptStatus
  /** The history row's type: outcome, completed, refund_requested… */
  event: string
  patch?: Record<string, unknown>
  detail?: Record<string, unknown>
}

type TransactionManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

/**
 * The VNPay attempts ledger. Its options are the plugin's (medusa-config.ts), so the routes,
 * the job and the workflows read VNPay's settings from here, never from process.env.
 */
export default class VNPayModuleService extends MedusaService({ VNPayAttempt, VNPayAttemptEvent }) {
  protected readonly options_: VNPayOptions | null
  protected client_: VNPay | undefined

  // biome-ignore lint/correctness/noUnusedFunctionParameters: Medusa passes more than these two; all go to the base
  constructor(container: Record<string, unknown>, options?: VNPayPluginOptions) {
    // biome-ignore lint/complexity/noArguments: Medusa's own services hand every constructor argument on
    super(...arguments)
    this.options_ = resolveVNPayOptions(options ?? {})
  }

  isConfigured(): boolean {
    return this.options_ !== null
  }

  settings(): VNPayOptions {
    if (!this.options_) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "VNPay is not configured on this store")
    }
    return this.options_
  }

  client(): VNPay {
    this.client_ ??= createVNPayClient(this.settings())
    return this.client_
  }

  /**
   * Moves an attempt to `to` only if it is still in one of `from`, under the row's lock, so
   * concurrent duplicates (a storm of IPNs, the job racing the subscriber) cannot both win, and
   * writes the history row in the same transaction. Returns the updated row, or null.
   */
  @InjectTransactionManager()
  async transition(
    id: string,
    transition: Transition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AttemptRow | null> {
    const manager = sharedContext.transactionManager as TransactionManager
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const current = (await knex("vnpay_attempt")
      .select("status")
      .where({ id })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as { status: AttemptStatus } | undefined
    if (!current || !transition.from.includes(current.status)) return null
    const [row] = (await knex("vnpay_attempt")
      .update({ ...serialize(transition.patch ?? {}), status: transition.to, updated_at: knex.fn.now() })
      .where({ id })
      .returning("*")) as AttemptRow[]
    await knex("vnpay_attempt_event").insert({
      id: generateEntityId(undefined, "vnpae"),
      attempt_id: id,
      type: transition.event,
      from_status: current.status,
      to_status: transition.to,
      detail: transition.detail ? JSON.stringify(transition.detail) : null,
    })
    return { ...row, previous_status: current.status }
  }
}

/** knex writes objects as JSON only when told; dates and scalars pass through. */
function serialize(patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [
      key,
      value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
    ])
  )
}
