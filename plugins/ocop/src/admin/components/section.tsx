import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card of a page: its heading (with a count and actions), then its content. */
export function Section({
  title,
  count,
  actions,
  children,
}: {
  title: string
  count?: number
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{title}</Heading>
          {count !== undefined && (
            <Text size="small" className="text-ui-fg-muted">
              ({count})
            </Text>
          )}
        </div>
        {actions}
      </div>
      {children}
    </Container>
  )
}
