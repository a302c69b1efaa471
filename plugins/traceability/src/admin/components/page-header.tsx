import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A page's or a record's title, with badges beside it, a line under it and actions on the right. */
export function PageHeader({
  title,
  badges,
  subtitle,
  actions,
}: {
  title: string
  badges?: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h1" className="break-words">
            {title}
          </Heading>
          {badges}
        </div>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  )
}
