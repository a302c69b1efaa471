import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { decryptIdentity, encryptIdentity } from "../../lib/identity-crypto"
import { type MarketplaceOptions, type ResolvedMarketplaceOptions, resolveMarketplaceOptions } from "../../lib/options"
import { SELLER_ERRORS, type SellerStatus } from "../../lib/seller-codes"
import { canTransition, reasonRequired } from "../../lib/seller-rules"
import Seller from "./models/seller"
import SellerDocument from "./models/seller-document"
import SellerInvite from "./models/seller-invite"
import SellerMember from "./models/seller-member"
import SellerStatusEvent from "./models/seller-status-event"

export interface StatusChange {
  to: SellerStatus
  reason?: string | null
  actor: { type: string; id?: string | null }
}

type TransactionManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export default class SellerModuleService extends MedusaService({
  Seller,
  SellerMember,
  SellerStatusEvent,
  SellerDocument,
  SellerInvite,
}) {
  protected readonly options_: ResolvedMarketplaceOptions

  // biome-ignore lint/correctness/noUnusedFunctionParameters: Medusa passes more than these two; all go to the base
  constructor(container: Record<string, unknown>, options?: MarketplaceOptions) {
    // biome-ignore lint/complexity/noArguments: Medusa's own services hand every constructor argument on
    super(...arguments)
    this.options_ = resolveMarketplaceOptions(options ?? {})
  }

  settings(): ResolvedMarketplaceOptions {
    return this.options_
  }

  /** The sealed form and the last four digits kept for display. */
  sealIdNumber(idNumber: string): { id_number_encrypted: string; id_number_last4: string } {
    return {
      id_number_encrypted: encryptIdentity(idNumber, this.options_.identityKey),
      id_number_last4: idNumber.slice(-4),
    }
  }

  revealIdNumber(sealed: string): string {
    return decryptIdentity(sealed, this.options_.identityKey)
  }

  /**
   * Moves a seller to another status under the row's lock (two operators clicking at once cannot
   * both move it) and writes who did it and why in the same transaction.
   */
  @InjectTransactionManager()
  async changeStatus(sellerId: string, change: StatusChange, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as TransactionManager
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const current = (await knex("seller")
      .select("status", "status_reason")
      .where({ id: sellerId })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as { status: SellerStatus; status_reason: string | null } | undefined
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy người bán ${sellerId} (seller not found)`)
    }
    const from = current.status
    if (!canTransition(from, change.to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Không thể chuyển người bán từ "${from}" sang "${change.to}" (status change not allowed)`,
        SELLER_ERRORS.transition
      )
    }
    const reason = change.reason?.trim() || null
    if (reasonRequired(change.to) && !reason) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Vui lòng ghi lý do — người bán sẽ đọc lý do này (a reason is required)"
      )
    }
    await knex("seller")
      .update({ status: change.to, status_reason: reason, updated_at: knex.fn.now() })
      .where({ id: sellerId })
    const eventId = generateEntityId(undefined, "selse")
    await knex("seller_status_event").insert({
      id: eventId,
      seller_id: sellerId,
      from_status: from,
      to_status: change.to,
      reason,
      actor_type: change.actor.type,
      actor_id: change.actor.id ?? null,
    })
    return { id: sellerId, from, to: change.to, reason, event_id: eventId, previous_reason: current.status_reason }
  }
}
