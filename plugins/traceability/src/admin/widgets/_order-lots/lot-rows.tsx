import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Select, Text } from "@medusajs/ui"
import type { OrderLotsLine } from "./api"
import { formatDay, TEXT } from "./text"

/** A row being edited: the quantity stays the operator's text until it is sent. */
export interface DraftRow {
  lot_id: string
  quantity: string
}

/** `label` lists the lot in the picker; `short` is what the closed picker shows (one line). */
type Option = { lot_id: string; label: string; short: string }

/** The line's candidates, and the lots it already holds that are no longer candidates (e.g. expired). */
function optionsOf(line: OrderLotsLine): Option[] {
  const options: Option[] = line.candidates.map((c) => {
    const expiry = c.expires_on ? TEXT.expires(formatDay(c.expires_on)) : TEXT.noExpiry
    return {
      lot_id: c.lot_id,
      label: [
        c.code,
        expiry,
        TEXT.produced(formatDay(c.produced_on)),
        TEXT.stock(c.quantity, c.unit, c.allocated),
      ].join(" · "),
      short: `${c.code} · ${expiry}`,
    }
  })
  for (const a of line.allocations) {
    if (!options.some((o) => o.lot_id === a.lot_id)) options.push({ lot_id: a.lot_id, label: a.code, short: a.code })
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
      {rows.length > 0 && (
        <div className="flex items-center gap-x-2 text-ui-fg-muted" aria-hidden="true">
          <Text size="xsmall" weight="plus" className="min-w-0 flex-1">
            {TEXT.lot}
          </Text>
          <Text size="xsmall" weight="plus" className="w-24">
            {TEXT.quantity}
          </Text>
          <span className="w-7 shrink-0" />
        </div>
      )}
      {rows.map((row, index) => {
        const chosen = options.find((o) => o.lot_id === row.lot_id)
        return (
          <div key={`${row.lot_id}-${index}`} className="flex items-center gap-x-2">
            <div className="min-w-0 flex-1">
              <Select
                value={row.lot_id}
                onValueChange={(lot_id) => set(index, { lot_id })}
                disabled={disabled}
                size="small"
              >
                <Select.Trigger aria-label={TEXT.lot} title={chosen?.label}>
                  <Select.Value placeholder={TEXT.pickLot}>
                    <span className="block truncate">{chosen?.short}</span>
                  </Select.Value>
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
              aria-invalid={invalidQuantity(row.quantity) || undefined}
              value={row.quantity}
              disabled={disabled}
              onChange={(event) => set(index, { quantity: event.target.value })}
            />
            <IconButton
              size="small"
              variant="transparent"
              className="shrink-0"
              aria-label={TEXT.removeLot}
              title={TEXT.removeLot}
              disabled={disabled}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <Trash />
            </IconButton>
          </div>
        )
      })}
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
        <Text
          size="small"
          className={sum > line.quantity ? "text-ui-fg-error" : "text-ui-fg-subtle"}
          aria-live="polite"
        >
          {TEXT.total(sum, line.quantity)}
          {sum > line.quantity
            ? ` — ${TEXT.over}`
            : sum < line.quantity
              ? ` — ${TEXT.missing(line.quantity - sum)}`
              : ""}
        </Text>
      </div>
    </div>
  )
}

/** Not a whole number of at least 1: the backend would refuse it, so the field says so at once. */
const invalidQuantity = (value: string) => !/^[1-9][0-9]*$/.test(value.trim())
