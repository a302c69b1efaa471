import { Copy, Heading, Text } from "@medusajs/ui"
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

/** A code or number an operator may want to paste elsewhere (account number, code…). */
export function copyable(value: string | null | undefined): ReactNode {
  if (!value) return TEXT.none
  return (
    <span className="inline-flex items-center gap-x-1">
      <span className="break-all font-mono">{value}</span>
      <Copy content={value} className="text-ui-fg-muted" />
    </span>
  )
}

/** "Name (code)": a name, its code beside it; the code alone when there is no name. */
export function named(name: string | null | undefined, code: string | null | undefined): ReactNode {
  if (!name) return code ? <span className="font-mono">{code}</span> : TEXT.none
  return (
    <span>
      {name}
      {code && <span className="ml-1 font-mono text-ui-fg-muted">({code})</span>}
    </span>
  )
}

export function FieldSection({ title, fields }: { title: string; fields: Field[] }) {
  return (
    <div className="px-6 py-4">
      <Heading level="h3" className="mb-2">
        {title}
      </Heading>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[minmax(12rem,1fr)_2fr]">
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
    </div>
  )
}
