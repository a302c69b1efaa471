import { ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"

/** The backend's refusal, shown where the operator is typing (its message is Vietnamese). */
export function FormError({ title, message }: { title: string; message: string }) {
  return (
    <div
      className="flex items-start gap-x-2 rounded-md border border-ui-border-error bg-ui-bg-subtle px-3 py-2"
      role="alert"
    >
      <ExclamationCircle className="mt-0.5 shrink-0 text-ui-fg-error" />
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" className="text-ui-fg-error">
          {title}
        </Text>
        <Text size="small" className="whitespace-pre-wrap break-words text-ui-fg-subtle">
          {message}
        </Text>
      </div>
    </div>
  )
}
