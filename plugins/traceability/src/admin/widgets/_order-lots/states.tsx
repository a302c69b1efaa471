import { ExclamationCircle } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"
import { TEXT } from "./text"

export function LoadingState() {
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" role="status" aria-busy="true" aria-label={TEXT.loading}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  )
}

export function ErrorState({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  return (
    <div className="flex flex-col items-center gap-y-3 px-6 py-10" role="alert">
      <div className="flex items-center gap-x-2 text-ui-fg-error">
        <ExclamationCircle />
        <Text size="small" weight="plus">
          {TEXT.loadError}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {detail}
      </Text>
      <Button size="small" variant="secondary" onClick={onRetry}>
        {TEXT.retry}
      </Button>
    </div>
  )
}

/** The backend's refusal, where the operator is editing (its message names the line and the lot). */
export function SaveError({ message }: { message: string }) {
  return (
    <div
      className="flex items-start gap-x-2 rounded-md border border-ui-border-error bg-ui-bg-subtle px-3 py-2"
      role="alert"
    >
      <ExclamationCircle className="mt-0.5 shrink-0 text-ui-fg-error" />
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" className="text-ui-fg-error">
          {TEXT.saveError}
        </Text>
        <Text size="small" className="whitespace-pre-wrap break-words text-ui-fg-subtle">
          {message}
        </Text>
      </div>
    </div>
  )
}
