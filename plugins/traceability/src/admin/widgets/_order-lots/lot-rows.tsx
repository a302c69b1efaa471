import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Select, Text } from "@medusajs/ui"
import type { OrderLotsLine } from "./api"
import { formatDay, TEXT } from "./text"

/** A row being edited: the quantity stays the operator's text until it is sent. */
export interface DraftRow {
  lot_id: string
  quantity: string
}

type Option = { lot_id: string; label: string }

/** The line's candidates, and the lots it already holds that are no longer candidates (e.g. expired). */
function optionsOf(line: OrderLotsLine): Option[] {
  const options: Option[] = line.candidates.map((c) => ({
    lot_id: c.lot_id,
    label: [
      c.code,
      c.expires_on ? TEXT.expires(formatDay(c.expires_on)) : TEXT.noExpiry,
      TEXT.produced(formatDay(c.produced_on)),
      TEXT.stock(c.quantity, c.unit, c.allocated),
    ].join(" · "),
  }))
  for (const a of line.allocations) {
    if (!options.some((o) => o.lot_id === a.lot_id)) options.push({ lot_id: a.lot_id, label: a.code })
  }
  return options
}

export const sumOf = (rows: DraftRow[]) => rows.reduce((sum, row) => sum + (Number(row.quantity) || 0), 0)

/** Lot pickers with editable quantities for one line, and the running total against the line's quantity. */
export function LotRows({
  line,
  rows,
  disabled,
  onChange,
}: {
  line: OrderLotsLine
  rows: DraftRow[]
  disabled: boolean
  onChange: (rows: DraftRow[]) => void
}) {
  const options = optionsOf(line)
  const set = (index: number, patch: Partial<DraftRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  const free = options.filter((o) => !rows.some((r) => r.lot_id === o.lot_id))
  const sum = sumOf(rows)
  return (
    <div className="flex flex-col gap-y-2">
      {rows.map((row, index) => (
        <div key={`${row.lot_id}-${index}`} className="flex items-center gap-x-2">
          <div className="min-w-0 flex-1">
            <Select
              value={row.lot_id}
              onValueChange={(lot_id) => set(index, { lot_id })}
              disabled={disabled}
              size="small"
            >
              <Select.Trigger aria-label={TEXT.lot}>
                <Select.Value placeholder={TEXT.pickLot} />
              </Select.Trigger>
              <Select.Content>
                {options
                  .filter((o) => o.lot_id === row.lot_id || free.includes(o))
                  .map((o) => (
                    <Select.Item key={o.lot_id} value={o.lot_id}>
                      {o.label}
                    </Select.Item>
                  ))}
              </Select.Content>
            </Select>
          </div>
          <Input
            type="number"
            min={1}
            step={1}
            size="small"
            className="w-24"
            aria-label={TEXT.quantity}
            value={row.quantity}
            disabled={disabled}
            onChange={(event) => set(index, { quantity: event.target.value })}
          />
          <IconButton
            size="small"
            variant="transparent"
            aria-label={TEXT.removeLot}
            disabled={disabled}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div className="flex items-center justify-between gap-x-2">
        <Button
          size="small"
          variant="transparent"
          disabled={disabled || free.length === 0}
          onClick={() => onChange([...rows, { lot_id: free[0]?.lot_id ?? "", quantity: "1" }])}
        >
          <Plus />
          {TEXT.addLot}
        </Button>
        <Text size="small" className={sum > line.quantity ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {TEXT.total(sum, line.quantity)}
          {sum > line.quantity ? ` — ${TEXT.over}` : ""}
        </Text>
      </div>
    </div>
  )
}
