import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type TraceModuleService from "../modules/trace/service"
import type { EntryRow } from "../modules/trace/service"
import { TRACE_MODULE } from "./constants"
import { lotKeys } from "./lot-classes"
import { type ChainView, verifyLot } from "./verify"
import {
  correctedIds,
  type InputLots,
  inputRefs,
  type LotRow,
  type LotSummary,
  lotPaths,
  lotSummary,
  type TraceEventView,
  traceEventView,
  type VariantBrief,
} from "./views"

export const traceOf = (container: MedusaContainer) => container.resolve<TraceModuleService>(TRACE_MODULE)

const VARIANT_FIELDS = ["id", "title", "product.id", "product.title", "product.handle", "product.thumbnail"]

/** Variants with their product, by id. */
export async function variantsById(container: MedusaContainer, ids: string[]): Promise<Map<string, VariantBrief>> {
  if (!ids.length) return new Map()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters: { id: [...new Set(ids)] } })
  return new Map((data as VariantBrief[]).map((v) => [v.id, v]))
}

/** Lot summaries for a page of lot rows: their variants and last entries in two queries. */
export async function summariesOf(container: MedusaContainer, rows: LotRow[]): Promise<LotSummary[]> {
  const [variants, last] = await Promise.all([
    variantsById(
      container,
      rows.map((r) => r.variant_id)
    ),
    traceOf(container).lastEntries(rows.map((r) => r.id)),
  ])
  return rows.map((row) => lotSummary(row, variants.get(row.variant_id) ?? null, last.get(row.id) ?? null))
}

async function inputLotsOf(container: MedusaContainer, rows: EntryRow[]): Promise<InputLots> {
  const refs = inputRefs(rows)
  const found: InputLots = new Map()
  if (!refs.length) return found
  for (const lot of await traceOf(container).lotsByRefs(refs)) {
    const paths = lotPaths(lot)
    for (const key of lotKeys(lot))
      found.set(key, { id: lot.id, code: lot.code, path: paths.digital_link ?? paths.short })
  }
  return found
}

export interface LotChain {
  events: TraceEventView[]
  chain: ChainView
}

/** A lot's entries as views and its chain, verified now from the stored rows. */
export async function chainOf(container: MedusaContainer, lot: LotRow): Promise<LotChain> {
  const trace = traceOf(container)
  const [rows, published] = await Promise.all([trace.entriesOf([lot.id]), trace.publishedHead(lot.id)])
  const chain = verifyLot(lot, rows, trace.publicKeys(), published)
  const corrected = correctedIds(rows)
  const inputs = await inputLotsOf(container, rows)
  return { events: rows.map((row) => traceEventView(row, corrected, inputs)), chain }
}

/** One lot with its events and chain; null when it is not there (or not this seller's). */
export async function loadLotDetail(container: MedusaContainer, id: string, sellerId: string | null) {
  const lot = await traceOf(container).findLot({ id })
  if (!lot || (sellerId && lot.seller_id !== sellerId)) return null
  const [[summary], { events, chain }] = await Promise.all([summariesOf(container, [lot]), chainOf(container, lot)])
  return { lot: summary, events, chain, row: lot }
}

export interface LotListFilters {
  seller_id?: string
  q?: string
  variant_id?: string
  limit: number
  offset: number
}

/** A page of lots, newest first, optionally one seller's, by code/short code or variant. */
export async function listLotRows(container: MedusaContainer, filters: LotListFilters) {
  const where: Record<string, unknown> = {}
  if (filters.seller_id) where.seller_id = filters.seller_id
  if (filters.variant_id) where.variant_id = filters.variant_id
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
    where.$or = [{ code: { $ilike: like } }, { short_code: { $ilike: like } }, { gtin: { $ilike: like } }]
  }
  const [rows, count] = await traceOf(container).listAndCountLots(where, {
    order: { created_at: "DESC" },
    take: filters.limit,
    skip: filters.offset,
  })
  return { rows: rows as unknown as LotRow[], count }
}

/** The lots with their chain verified now (the operator's list). */
export async function chainsOf(container: MedusaContainer, rows: LotRow[]): Promise<Map<string, ChainView>> {
  const trace = traceOf(container)
  const [entries, published] = await Promise.all([
    trace.entriesOf(rows.map((r) => r.id)),
    Promise.all(rows.map((r) => trace.publishedHead(r.id))),
  ])
  const keys = trace.publicKeys()
  return new Map(
    rows.map((row, i) => [
      row.id,
      verifyLot(
        row,
        entries.filter((e) => e.lot_id === row.id),
        keys,
        published[i]
      ),
    ])
  )
}
