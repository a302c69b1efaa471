import { Copy, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { TEXT } from "../lib/labels"

export interface Field {
  label: string
  value: ReactNode
}

/** A value as shown in a field list: "—" when empty. */
export function plain(value: string | number | null | undefined): ReactNode {
  if (value === null || value === undefined || value === "") return TEXT.none
  return <span className="break-words">{value}</span>
}

/** A number the operator may paste elsewhere (a decision number to look up, an id). */
export function copyable(value: string | null | undefined): ReactNode {
  if (!value) return TEXT.none
  return (
    <span className="inline-flex items-center gap-x-1">
      <span className="break-all font-mono">{value}</span>
      <Copy content={value} className="text-ui-fg-muted" />
    </span>
  )
}

/** Labels on the left, values on the right (one column on a narrow screen). */
export function FieldList({ fields }: { fields: Field[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 px-6 py-4 sm:grid-cols-[minmax(10rem,1fr)_2fr]">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt>
            <Text size="small" className="text-ui-fg-subtle">
              {field.label}
            </Text>
          </dt>
          <dd className="txt-small text-ui-fg-base">{field.value}</dd>
        </div>
      ))}
    </dl>
  )
}
