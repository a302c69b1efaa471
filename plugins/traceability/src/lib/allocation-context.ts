import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type TraceModuleService from "../modules/trace/service"
import type { AllocationLine, AllocationLot, AllocationRow } from "./allocation"
import { tracePathOf } from "./allocation"
import { TRACE_MODULE } from "./constants"

/** What assigning lots to an order's lines reads: the lines, the lots involved, the live allocations. */
export interface AllocationContext {
  order_id: string
  lines: AllocationLine[]
  /** Lots that may be assigned: of the order's variants (and any `lot_ids` asked for), the seller's only when scoped. */
  lots: AllocationLot[]
  /** Lots the order's live allocations name that are not in `lots` (shown, never assignable). */
  named_lots: AllocationLot[]
  allocations: (AllocationRow & { id: string })[]
  /** Every live allocation of each assignable lot, over all orders (line units). */
  allocated_by_lot: Record<string, number>
}

const LOT_FIELDS = [
  "id",
  "seller_id",
  "variant_id",
  "code",
  "gtin",
  "short_code",
  "produced_on",
  "expires_on",
  "quantity",
  "unit",
] as const

const trace = (container: MedusaContainer) => container.resolve<TraceModuleService>(TRACE_MODULE)

const asLot = (row: Record<(typeof LOT_FIELDS)[number], unknown>): AllocationLot => ({
  id: String(row.id),
  seller_id: String(row.seller_id),
  variant_id: String(row.variant_id),
  code: String(row.code),
  gtin: (row.gtin as string | null) ?? null,
  short_code: String(row.short_code),
  produced_on: String(row.produced_on),
  expires_on: (row.expires_on as string | null) ?? null,
  quantity: Number(row.quantity),
  unit: String(row.unit),
})

/** The order's lines (404 when there is no such order). */
export async function orderLines(container: MedusaContainer, orderId: string): Promise<AllocationLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // "items.*" as Medusa's own order routes ask: picked one by one, the line's quantity came back empty.
    fields: ["id", "items.*"],
    filters: { id: orderId },
  })
  const order = data[0] as
    | {
        items?: ({
          id: string
          title: string
          variant_title?: string | null
          variant_id?: string | null
          quantity: unknown
        } | null)[]
      }
    | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${orderId} (order not found).`)
  }
  return (order.items ?? [])
    .filter((item) => !!item)
    .map((item) => ({
      id: item.id,
      title: item.title,
      variant_title: item.variant_title ?? null,
      variant_id: item.variant_id ?? null,
      quantity: Number(item.quantity),
    }))
}

export async function loadAllocationContext(
  container: MedusaContainer,
  input: { order_id: string; seller_id?: string | null; lot_ids?: string[] }
): Promise<AllocationContext> {
  const lines = await orderLines(container, input.order_id)
  const service = trace(container)
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  const scope = input.seller_id ? { seller_id: input.seller_id } : {}
  const [byVariant, asked, allocations] = await Promise.all([
    variantIds.length ? service.listLots({ variant_id: variantIds, ...scope }, { select: [...LOT_FIELDS] }) : [],
    input.lot_ids?.length ? service.listLots({ id: input.lot_ids, ...scope }, { select: [...LOT_FIELDS] }) : [],
    service.listLotAllocations(
      { order_id: input.order_id },
      { select: ["id", "lot_id", "line_item_id", "quantity"], order: { created_at: "ASC" } }
    ),
  ])
  const lots = [...new Map([...byVariant, ...asked].map((row) => [row.id, asLot(row)])).values()]
  const known = new Set(lots.map((l) => l.id))
  const missing = [...new Set(allocations.map((a) => a.lot_id))].filter((id) => !known.has(id))
  const named = missing.length ? await service.listLots({ id: missing }, { select: [...LOT_FIELDS] }) : []
  const held = lots.length
    ? await service.listLotAllocations({ lot_id: lots.map((l) => l.id) }, { select: ["lot_id", "quantity"] })
    : []
  const allocated_by_lot: Record<string, number> = {}
  for (const row of held) allocated_by_lot[row.lot_id] = (allocated_by_lot[row.lot_id] ?? 0) + Number(row.quantity)
  return {
    order_id: input.order_id,
    lines,
    lots,
    named_lots: named.map(asLot),
    allocations: allocations.map((a) => ({
      id: a.id,
      lot_id: a.lot_id,
      line_item_id: a.line_item_id,
      quantity: Number(a.quantity),
    })),
    allocated_by_lot,
  }
}

export interface StoreOrderLots {
  lines: { line_item_id: string; lots: { id: string; code: string; quantity: number; path: string }[] }[]
}

/** For the shopper's order page: each line's lots and the path of their trace page. */
export async function storeOrderLots(container: MedusaContainer, orderId: string): Promise<StoreOrderLots> {
  const lines = await orderLines(container, orderId)
  const service = trace(container)
  const allocations = await service.listLotAllocations(
    { order_id: orderId },
    { select: ["lot_id", "line_item_id", "quantity"], order: { created_at: "ASC" } }
  )
  const lotIds = [...new Set(allocations.map((a) => a.lot_id))]
  const lots = lotIds.length
    ? await service.listLots({ id: lotIds }, { select: ["id", "code", "gtin", "short_code", "expires_on"] })
    : []
  const lotById = new Map(lots.map((l) => [l.id, l]))
  return {
    lines: lines.map((line) => ({
      line_item_id: line.id,
      lots: allocations
        .filter((a) => a.line_item_id === line.id && lotById.has(a.lot_id))
        .map((a) => {
          const lot = lotById.get(a.lot_id) as (typeof lots)[number]
          return {
            id: lot.id,
            code: lot.code,
            quantity: Number(a.quantity),
            path: tracePathOf({
              gtin: lot.gtin ?? null,
              code: lot.code,
              short_code: lot.short_code,
              expires_on: lot.expires_on ?? null,
            }),
          }
        }),
    })),
  }
}
