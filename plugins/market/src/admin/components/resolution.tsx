import { Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import { labelOf, RESOLUTION_LABELS, TEXT } from "../lib/labels"
import type { IncomingTransfer } from "../lib/types"

/** What the vendor decided about a "cần kiểm tra" transfer, with their note; "Chưa xử lý" before. */
export function Resolution({ transfer }: { transfer: IncomingTransfer }) {
  if (!transfer.resolution) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {transfer.outcome === "needs_review" ? TEXT.transferColumns.unresolved : TEXT.none}
      </Text>
    )
  }
  return (
    <div className="flex flex-col py-1">
      <Text size="small" weight="plus">
        {labelOf(RESOLUTION_LABELS, transfer.resolution)}
      </Text>
      {transfer.resolution_note && (
        <Text size="xsmall" className="whitespace-pre-wrap break-words text-ui-fg-subtle">
          {transfer.resolution_note}
        </Text>
      )}
      {transfer.resolved_at && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {formatDateTime(transfer.resolved_at)}
        </Text>
      )}
    </div>
  )
}
