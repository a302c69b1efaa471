import { ArrowUpRightMini } from "@medusajs/icons"
import { Badge, Button, Text } from "@medusajs/ui"
import type { OrderLotsLine } from "./api"
import { type DraftRow, LotRows } from "./lot-rows"
import { TEXT } from "./text"

const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small inline-flex items-center gap-x-1"

/** A lot's trace page on the storefront, in a new tab; the bare path when the storefront's address is unknown. */
function TraceLink({ base, path }: { base: string | null; path: string | null }) {
  if (!path) return null
  if (!base) {
    return (
      <Text size="small" className="font-mono text-ui-fg-muted">
        {path}
      </Text>
    )
  }
  return (
    <a href={`${base}${path}`} target="_blank" rel="noopener noreferrer" className={LINK}>
      {TEXT.trace}
      <ArrowUpRightMini />
    </a>
  )
}

/** One order line: its lots (with links to their trace), or the editor when it is being assigned. */
export function LineLots({
  line,
  draft,
  storefrontUrl,
  disabled,
  onEdit,
  onCancel,
  onChange,
}: {
  line: OrderLotsLine
  draft: DraftRow[] | undefined
  storefrontUrl: string | null
  disabled: boolean
  onEdit: () => void
  onCancel: () => void
  onChange: (rows: DraftRow[]) => void
}) {
  const assigned = line.allocations.length > 0
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {line.title}
            {line.variant_title ? ` — ${line.variant_title}` : ""}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {TEXT.quantity}: {line.quantity}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Badge size="2xsmall" color={assigned ? "green" : "orange"}>
            {assigned ? TEXT.assigned : TEXT.notAssigned}
          </Badge>
          {!draft && line.candidates.length + line.allocations.length > 0 && (
            <Button size="small" variant="secondary" onClick={onEdit} disabled={disabled}>
              {TEXT.edit}
            </Button>
          )}
          {draft && assigned && (
            <Button size="small" variant="transparent" onClick={onCancel} disabled={disabled}>
              {TEXT.cancel}
            </Button>
          )}
        </div>
      </div>
      {draft ? (
        <>
          {!assigned && line.suggestion.length > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {TEXT.suggested}
            </Text>
          )}
          <LotRows line={line} rows={draft} disabled={disabled} onChange={onChange} />
        </>
      ) : assigned ? (
        <ul className="flex flex-col gap-y-1">
          {line.allocations.map((a) => (
            <li key={a.lot_id} className="flex flex-wrap items-center gap-x-3">
              <Text size="small" className="font-mono">
                {a.code}
              </Text>
              <Text size="small">× {a.quantity}</Text>
              <TraceLink base={storefrontUrl} path={a.path} />
            </li>
          ))}
        </ul>
      ) : line.candidates.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {TEXT.noCandidates}
        </Text>
      ) : null}
    </div>
  )
}
