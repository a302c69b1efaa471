import { ExclamationCircle } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"
import { TEXT } from "../lib/labels"

export function LoadingState({ rows = 5 }: { rows?: number }) {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" role="status" aria-busy="true" aria-label={TEXT.loading}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  )
}

export function EmptyState({ message }: { message: string }) {
  return (
    <div className="flex items-center justify-center px-6 py-10">
      <Text size="small" className="text-ui-fg-muted">
        {message}
      </Text>
    </div>
  )
}

export function ErrorState({ message, detail, onRetry }: { message: string; detail?: string; onRetry?: () => void }) {
  return (
    <div className="flex flex-col items-center gap-y-3 px-6 py-10" role="alert">
      <div className="flex items-center gap-x-2 text-ui-fg-error">
        <ExclamationCircle />
        <Text size="small" weight="plus">
          {message}
        </Text>
      </div>
      {detail && (
        <Text size="small" className="text-ui-fg-subtle">
          {detail}
        </Text>
      )}
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          {TEXT.retry}
        </Button>
      )}
    </div>
  )
}
