import { digitalLinkPath, shortTracePath, uomOfUnit } from "@choso/trace-rules"

/** An order line as the allocation sees it (its ordered quantity, in the line's units). */
export interface AllocationLine {
  id: string
  title: string
  variant_title: string | null
  variant_id: string | null
  quantity: number
}

/** A lot that may be assigned to a line (the module's `lot`, the fields the allocation needs). */
export interface AllocationLot {
  id: string
  seller_id: string
  variant_id: string
  code: string
  gtin: string | null
  short_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
}

/** Where a lot's trace page is on the storefront: its Digital Link when it has a GTIN, else its short link. */
export function tracePathOf(lot: Pick<AllocationLot, "gtin" | "code" | "short_code" | "expires_on">): string {
  return lot.gtin ? digitalLinkPath(lot.gtin, lot.code, lot.expires_on) : shortTracePath(lot.short_code)
}

/** A live `lot_allocation` row. */
export interface AllocationRow {
  lot_id: string
  line_item_id: string
  quantity: number
}

export interface RequestedLine {
  line_item_id: string
  lots: { lot_id: string; quantity: number }[]
}

export interface AllocationProblem {
  line_item_id: string
  lot_id: string | null
  code:
    | "line_not_in_order"
    | "line_repeated"
    | "line_without_variant"
    | "lot_not_found"
    | "lot_repeated"
    | "lot_of_other_variant"
    | "lot_expired"
    | "quantity_not_positive_integer"
    | "quantity_above_line"
  message: string
}

/** A lot may still be handed out on its expiry day, not after. */
export function isExpired(lot: Pick<AllocationLot, "expires_on">, today: string): boolean {
  return !!lot.expires_on && lot.expires_on < today
}

/** FEFO: earliest expiry first (lots without one last), then oldest production, then code. */
export function fefoCompare(
  a: Pick<AllocationLot, "expires_on" | "produced_on" | "code">,
  b: Pick<AllocationLot, "expires_on" | "produced_on" | "code">
): number {
  if (a.expires_on !== b.expires_on) {
    if (!a.expires_on) return 1
    if (!b.expires_on) return -1
    return a.expires_on < b.expires_on ? -1 : 1
  }
  if (a.produced_on !== b.produced_on) return a.produced_on < b.produced_on ? -1 : 1
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

/**
 * How many more line units a lot can give, or null when it cannot be told: a lot counted in pieces
 * (chai, hộp, gói…) holds that many line units, but a lot weighed or measured (kg, l…) is not
 * comparable to the units an order line counts.
 */
export function remainingUnits(lot: Pick<AllocationLot, "quantity" | "unit">, allocated: number): number | null {
  if (uomOfUnit(lot.unit) !== undefined) return null
  return Math.max(0, Math.floor(lot.quantity) - allocated)
}

/**
 * Fills the line's quantity from the candidates in FEFO order, each up to what it has left (a lot
 * whose size cannot be told in line units takes the rest). `allocatedElsewhere` is what other
 * lines already hold of each lot. May fall short when the candidates run out.
 */
export function suggestAllocation(
  quantity: number,
  candidates: AllocationLot[],
  allocatedElsewhere: Record<string, number>
): LotChoice[] {
  const suggestion: LotChoice[] = []
  let left = quantity
  for (const lot of [...candidates].sort(fefoCompare)) {
    if (left <= 0) break
    const remaining = remainingUnits(lot, allocatedElsewhere[lot.id] ?? 0)
    const take = remaining === null ? left : Math.min(left, remaining)
    if (take > 0) {
      suggestion.push({ lot_id: lot.id, quantity: take })
      left -= take
    }
  }
  return suggestion
}

const lineName = (line: AllocationLine) =>
  line.variant_title ? `«${line.title} — ${line.variant_title}»` : `«${line.title}»`

/**
 * Every reason to refuse the requested lines, each naming its line and lot. `lots` holds the lots
 * the request may use (for a seller, only its own): an id missing from it is "not found".
 */
export function allocationProblems(
  request: RequestedLine[],
  lines: AllocationLine[],
  lots: AllocationLot[],
  today: string
): AllocationProblem[] {
  const lineById = new Map(lines.map((l) => [l.id, l]))
  const lotById = new Map(lots.map((l) => [l.id, l]))
  const problems: AllocationProblem[] = []
  const seenLines = new Set<string>()
  const add = (line_item_id: string, lot_id: string | null, code: AllocationProblem["code"], message: string) =>
    problems.push({ line_item_id, lot_id, code, message })

  for (const requested of request) {
    const line = lineById.get(requested.line_item_id)
    if (!line) {
      add(
        requested.line_item_id,
        null,
        "line_not_in_order",
        `Dòng hàng ${requested.line_item_id} không thuộc đơn hàng này (line ${requested.line_item_id} is not in this order).`
      )
      continue
    }
    if (seenLines.has(line.id)) {
      add(line.id, null, "line_repeated", `Dòng ${lineName(line)} được gửi hai lần (line ${line.id} sent twice).`)
      continue
    }
    seenLines.add(line.id)
    if (!line.variant_id && requested.lots.length) {
      add(
        line.id,
        null,
        "line_without_variant",
        `Dòng ${lineName(line)} không còn gắn với sản phẩm nào, không thể gán lô (line ${line.id} has no variant).`
      )
      continue
    }
    const seenLots = new Set<string>()
    let sum = 0
    for (const { lot_id, quantity } of requested.lots) {
      const lot = lotById.get(lot_id)
      const code = lot?.code ?? lot_id
      if (!Number.isInteger(quantity) || quantity <= 0) {
        add(
          line.id,
          lot_id,
          "quantity_not_positive_integer",
          `Số lượng của lô ${code} ở dòng ${lineName(line)} phải là số nguyên dương (quantity of lot ${code} on line ${line.id} must be a positive integer).`
        )
      } else {
        sum += quantity
      }
      if (seenLots.has(lot_id)) {
        add(
          line.id,
          lot_id,
          "lot_repeated",
          `Lô ${code} được chọn hai lần ở dòng ${lineName(line)} (lot ${code} listed twice on line ${line.id}).`
        )
        continue
      }
      seenLots.add(lot_id)
      if (!lot) {
        add(line.id, lot_id, "lot_not_found", `Không tìm thấy lô ${lot_id} (lot ${lot_id} not found).`)
      } else if (lot.variant_id !== line.variant_id) {
        add(
          line.id,
          lot_id,
          "lot_of_other_variant",
          `Lô ${code} thuộc sản phẩm khác, không phải của dòng ${lineName(line)} (lot ${code} is of another variant than line ${line.id}).`
        )
      } else if (isExpired(lot, today)) {
        add(
          line.id,
          lot_id,
          "lot_expired",
          `Lô ${code} đã hết hạn (${lot.expires_on}), không thể giao cho dòng ${lineName(line)} (lot ${code} expired on ${lot.expires_on}).`
        )
      }
    }
    // Written so that an unreadable line quantity (NaN) refuses rather than accepts.
    if (!(sum <= line.quantity)) {
      add(
        line.id,
        null,
        "quantity_above_line",
        `Dòng ${lineName(line)}: tổng số lượng các lô là ${sum}, vượt số lượng đã đặt ${line.quantity} (lots total ${sum}, above the line's quantity ${line.quantity}).`
      )
    }
  }
  return problems
}

export interface OrderLotsLine {
  line_item_id: string
  title: string
  variant_title: string | null
  variant_id: string | null
  quantity: number
  allocations: { lot_id: string; code: string; quantity: number; path: string | null }[]
  candidates: {
    lot_id: string
    code: string
    produced_on: string
    expires_on: string | null
    quantity: number
    unit: string
    allocated: number
    path: string
  }[]
  suggestion: LotChoice[]
}

/** A lot and how many of the line's units come from it. */
export interface LotChoice {
  lot_id: string
  quantity: number
}

/**
 * The admin's answer: per line its live allocations, its candidates (unexpired lots of its variant,
 * FEFO) with what all orders hold of each, and the FEFO suggestion. `allocatedByLot` counts every
 * live allocation of each lot (this order's included); `lots` also holds the lots allocations name.
 */
export function orderLotsView(input: {
  lines: AllocationLine[]
  lots: AllocationLot[]
  allocations: AllocationRow[]
  allocatedByLot: Record<string, number>
  today: string
}): OrderLotsLine[] {
  const lotById = new Map(input.lots.map((l) => [l.id, l]))
  const pathOf = (lotId: string) => {
    const lot = lotById.get(lotId)
    return lot ? tracePathOf(lot) : null
  }
  return input.lines.map((line) => {
    const own = input.allocations.filter((a) => a.line_item_id === line.id)
    const candidates = input.lots
      .filter((lot) => line.variant_id && lot.variant_id === line.variant_id && !isExpired(lot, input.today))
      .sort(fefoCompare)
    const elsewhere = Object.fromEntries(
      candidates.map((lot) => [
        lot.id,
        (input.allocatedByLot[lot.id] ?? 0) -
          own.filter((a) => a.lot_id === lot.id).reduce((sum, a) => sum + a.quantity, 0),
      ])
    )
    return {
      line_item_id: line.id,
      title: line.title,
      variant_title: line.variant_title,
      variant_id: line.variant_id,
      quantity: line.quantity,
      allocations: own.map((a) => ({
        lot_id: a.lot_id,
        code: lotById.get(a.lot_id)?.code ?? a.lot_id,
        quantity: a.quantity,
        path: pathOf(a.lot_id),
      })),
      candidates: candidates.map((lot) => ({
        lot_id: lot.id,
        code: lot.code,
        produced_on: lot.produced_on,
        expires_on: lot.expires_on,
        quantity: lot.quantity,
        unit: lot.unit,
        allocated: input.allocatedByLot[lot.id] ?? 0,
        path: tracePathOf(lot),
      })),
      suggestion: suggestAllocation(line.quantity, candidates, elsewhere),
    }
  })
}
