import { Text } from "@medusajs/ui"
import { formatJson } from "../lib/format"
import { TEXT } from "../lib/labels"

/** The webhook's payload exactly as the bank's provider sent it. */
export function RawPayload({ raw }: { raw: unknown }) {
  if (raw === null || raw === undefined) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {TEXT.transferColumns.noRaw}
      </Text>
    )
  }
  return (
    <pre className="txt-compact-xsmall max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md border border-ui-border-base bg-ui-bg-subtle p-3 font-mono text-ui-fg-subtle">
      {formatJson(raw)}
    </pre>
  )
}
