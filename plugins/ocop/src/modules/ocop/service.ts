import type { CertificateStatus } from "@choso/ocop-rules"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import CertificateEvent from "./models/certificate-event"
import CertificateProduct from "./models/certificate-product"
import OcopBadge from "./models/ocop-badge"

type TransactionManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export interface Actor {
  type: "seller" | "user" | "system"
  id: string | null
}

export interface CertificateTransition {
  from: readonly CertificateStatus[]
  to: CertificateStatus
  action: string
  actor: Actor
  reason?: string | null
  patch?: Record<string, unknown>
}

export interface CertificateRow {
  id: string
  status: CertificateStatus
  previous_status: CertificateStatus
  [column: string]: unknown
}

function knexOf(sharedContext: Context): Knex {
  const manager = sharedContext.transactionManager as TransactionManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

/**
 * OCOP certificates, their history and the badges shoppers see. A status change is one locked
 * compare-and-set with its history row; badges are recomputed from the certificates, never set.
 */
export default class OcopModuleService extends MedusaService({
  OcopCertificate: Certificate,
  OcopCertificateEvent: CertificateEvent,
  OcopCertificateProduct: CertificateProduct,
  OcopBadge,
}) {
  /** The certificates covering these products (with status and end), one row per pair. */
  @InjectManager()
  async coveringCertificates(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ certificate_id: string; product_id: string; status: CertificateStatus; valid_until: string }[]> {
    if (!productIds.length) return []
    const knex = (sharedContext.manager as { getKnex(): Knex }).getKnex()
    return knex("ocop_certificate_product as cp")
      .join("ocop_certificate as c", "c.id", "cp.certificate_id")
      .select("cp.certificate_id", "cp.product_id", "c.status", "c.valid_until")
      .whereIn("cp.product_id", productIds)
      .whereNull("cp.deleted_at")
      .whereNull("c.deleted_at")
  }

  /** Removes a certificate that was never reviewed, with its listings and history (a workflow's undo). */
  @InjectTransactionManager()
  async removeCertificate(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const knex = knexOf(sharedContext)
    await knex("ocop_certificate_product").where({ certificate_id: id }).delete()
    await knex("ocop_certificate_event").where({ certificate_id: id }).delete()
    await knex("ocop_certificate").where({ id }).delete()
  }

  /** The products these certificates cover. */
  @InjectManager()
  async coveredProducts(certificateIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!certificateIds.length) return []
    const knex = (sharedContext.manager as { getKnex(): Knex }).getKnex()
    const rows = (await knex("ocop_certificate_product")
      .distinct("product_id")
      .whereIn("certificate_id", certificateIds)
      .whereNull("deleted_at")) as { product_id: string }[]
    return rows.map((r) => r.product_id)
  }

  /** Moves a certificate if it is still in one of `from`; null when it is not (a race, a repeat). */
  @InjectTransactionManager()
  async transition(
    id: string,
    change: CertificateTransition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CertificateRow | null> {
    const knex = knexOf(sharedContext)
    const current = (await knex("ocop_certificate")
      .select("status")
      .where({ id })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as { status: CertificateStatus } | undefined
    if (!current || !change.from.includes(current.status)) return null
    const [row] = (await knex("ocop_certificate")
      .update({ ...(change.patch ?? {}), status: change.to, updated_at: knex.fn.now() })
      .where({ id })
      .returning("*")) as CertificateRow[]
    await knex("ocop_certificate_event").insert({
      id: generateEntityId(undefined, "oce"),
      certificate_id: id,
      action: change.action,
      from_status: current.status,
      to_status: change.to,
      actor_type: change.actor.type,
      actor_id: change.actor.id,
      reason: change.reason ?? null,
    })
    return { ...row, previous_status: current.status }
  }

  /**
   * Makes the products' badges match their certificates on `today` (Vietnam): the approved,
   * unexpired certificate with the latest end, or no badge. Returns the products whose badge changed.
   */
  @InjectTransactionManager()
  async syncBadges(
    productIds: string[],
    today: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!productIds.length) return []
    const knex = knexOf(sharedContext)
    const valid = (await knex("ocop_certificate_product as cp")
      .join("ocop_certificate as c", "c.id", "cp.certificate_id")
      .select("cp.product_id", "c.id as certificate_id", "c.stars", "c.group", "c.valid_until")
      .whereIn("cp.product_id", productIds)
      .whereNull("cp.deleted_at")
      .whereNull("c.deleted_at")
      .where("c.status", "approved")
      .andWhere("c.valid_until", ">=", today)
      .orderBy([
        { column: "c.valid_until", order: "desc" },
        { column: "c.decision_date", order: "desc" },
      ])) as { product_id: string; certificate_id: string; stars: number; group: string; valid_until: string }[]
    const best = new Map<string, (typeof valid)[number]>()
    for (const row of valid) if (!best.has(row.product_id)) best.set(row.product_id, row)
    const existing = (await knex("ocop_badge")
      .whereIn("product_id", productIds)
      .whereNull("deleted_at")
      .forUpdate()) as { id: string; product_id: string; certificate_id: string; stars: number; valid_until: string }[]
    const changed: string[] = []
    for (const productId of productIds) {
      const want = best.get(productId)
      const have = existing.find((b) => b.product_id === productId)
      if (!want && have) {
        await knex("ocop_badge").where({ id: have.id }).delete()
        changed.push(productId)
      } else if (want && !have) {
        await knex("ocop_badge").insert({
          id: generateEntityId(undefined, "obadge"),
          product_id: productId,
          certificate_id: want.certificate_id,
          stars: want.stars,
          group: want.group,
          valid_until: want.valid_until,
        })
        changed.push(productId)
      } else if (
        want &&
        have &&
        (have.certificate_id !== want.certificate_id ||
          have.stars !== want.stars ||
          have.valid_until !== want.valid_until)
      ) {
        await knex("ocop_badge").where({ id: have.id }).update({
          certificate_id: want.certificate_id,
          stars: want.stars,
          group: want.group,
          valid_until: want.valid_until,
          updated_at: knex.fn.now(),
        })
        changed.push(productId)
      }
    }
    return changed
  }
}
