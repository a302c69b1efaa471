import { Text } from "@medusajs/ui"
import { formatVnd } from "../lib/format"

/** "200.000 đ", with the amount in words under it when the backend gave them. */
export function Amount({ value, words }: { value: number | string; words?: string | null }) {
  return (
    <div className="flex flex-col py-1">
      <span className="whitespace-nowrap font-medium tabular-nums">{formatVnd(value)}</span>
      {words && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {words}
        </Text>
      )}
    </div>
  )
}
