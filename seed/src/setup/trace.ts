/// <reference path="../traceability-workflows.d.ts" />

import { lotEpcClass } from "@choso/trace-rules"
import { createLotWorkflow, recordTraceEventsWorkflow } from "@choso/traceability/workflows"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type LotRef, lotKey, seedTraceEvents, type TraceLotSeed, traceLotSeeds } from "../catalog/trace"
import { TRACE_SEEDED_BY } from "./constants"
import { requireMarketplace } from "./sellers"

type Container = ExecArgs["container"]

/** The traceability plugin's module (its key in the container and in links). */
const TRACE_MODULE = "trace"

interface ProductRow {
  id: string
  handle: string
  variants?: { id: string; sku: string | null }[] | null
  seller?: { id: string } | null
}

interface LotRow {
  id: string
  code: string
  variant_id: string
  gtin: string | null
  short_code: string
  head_seq: number
}

function requireTracePlugin(container: Container): void {
  if (!container.hasRegistration(TRACE_MODULE)) {
    throw new Error(
      'The seeded lots need the traceability plugin: add "@choso/traceability" to the plugins of backend/medusa-config.ts and run the migrations'
    )
  }
}

export interface TraceSeedSummary {
  /** Lots this run created. */
  created: number
  /** Events this run appended (to lots it created, or found empty after a crash). */
  events: number
  /** Lots that had their chain already. */
  kept: number
  /** Planned lots whose product, variant or seller is not in the store. */
  skipped: number
}

/**
 * The step `trace-…`: the lots of catalog/trace.ts, each created for its product's seller with
 * createLotWorkflow, then its chain (harvest → processing → packing → inspecting → shipping to the
 * warehouse) appended in one recordTraceEventsWorkflow (source "seed"). Safe to run again: a lot is
 * found by variant and code and kept when its chain has entries; one left empty by a crash gets
 * its events.
 */
export async function seedTrace(container: Container, plan: TraceLotSeed[] = traceLotSeeds): Promise<TraceSeedSummary> {
  requireMarketplace(container)
  requireTracePlugin(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: productData } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku", "seller.id"],
    filters: { handle: [...new Set(plan.map((l) => l.product))] },
  })
  const productByHandle = new Map((productData as ProductRow[]).map((p) => [p.handle, p]))
  const variantIds = [...productByHandle.values()].flatMap((p) => (p.variants ?? []).map((v) => v.id))
  const { data: lotData } = variantIds.length
    ? await query.graph({
        entity: "lot",
        fields: ["id", "code", "variant_id", "gtin", "short_code", "head_seq"],
        filters: { variant_id: variantIds },
      })
    : { data: [] }
  const existing = new Map((lotData as LotRow[]).map((l) => [`${l.variant_id}/${l.code}`, l]))

  // The rows of the plan's lots, for the EPC classes of processing inputs (an ingredient's lot is planned first).
  const rows = new Map<string, LotRow>()
  const classOf = (ref: LotRef) => {
    const row = rows.get(lotKey(ref))
    if (!row) throw new Error(`Trace seed: lot ${lotKey(ref)} is not in the store`)
    return lotEpcClass(row)
  }

  const summary: TraceSeedSummary = { created: 0, events: 0, kept: 0, skipped: 0 }
  for (const lot of plan) {
    const product = productByHandle.get(lot.product)
    const sku = `${lot.product.toUpperCase()}-${lot.variant}`
    const variant = product?.variants?.find((v) => v.sku === sku)
    const sellerId = product?.seller?.id
    if (!product || !variant || !sellerId) {
      logger.warn(`Trace: ${sku} or its seller is not in the store; no lot ${lot.code}`)
      summary.skipped++
      continue
    }
    let row = existing.get(`${variant.id}/${lot.code}`)
    if (!row) {
      const { result } = await createLotWorkflow(container).run({
        input: {
          seller_id: sellerId,
          actor_id: null,
          variant_id: variant.id,
          code: lot.code,
          gtin: lot.gtin,
          produced_on: lot.produced_on,
          expires_on: lot.expires_on,
          quantity: lot.quantity,
          unit: lot.unit,
          origin_ward_code: lot.origin_ward_code,
          origin_place: lot.origin_place,
        },
      })
      row = { ...result, head_seq: Number(result.head_seq ?? 0) }
      summary.created++
    }
    rows.set(lotKey(lot), row)
    if (Number(row.head_seq) > 0) {
      summary.kept++
      continue
    }
    const lotId = row.id
    const events = seedTraceEvents(lot, classOf)
    await recordTraceEventsWorkflow(container).run({
      input: {
        seller_id: sellerId,
        actor_id: TRACE_SEEDED_BY,
        source: "seed",
        entries: events.map((event) => ({ lot_id: lotId, event })),
      },
    })
    summary.events += events.length
  }
  logger.info(
    `Trace: ${summary.created} lots created, ${summary.events} events recorded, ${summary.kept} lots there already` +
      (summary.skipped ? `, ${summary.skipped} skipped (product not in the store)` : "")
  )
  return summary
}
