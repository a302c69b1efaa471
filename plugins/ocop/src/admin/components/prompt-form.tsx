import { Button, Prompt } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { TEXT } from "../lib/labels"
import { FormError } from "./form-error"

/**
 * A confirmation dialog that may ask for a value: mounted open by its parent, closed by onClose
 * (not while saving). `error` is the backend's refusal, shown in the dialog.
 */
export function PromptForm({
  title,
  description,
  submitLabel,
  danger = false,
  pending,
  canSubmit = true,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string
  description: ReactNode
  submitLabel: string
  /** Something is taken away (a refusal, a revoked badge). */
  danger?: boolean
  pending: boolean
  canSubmit?: boolean
  error: { title: string; message: string } | null
  onSubmit: () => void
  onClose: () => void
  children?: ReactNode
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (canSubmit && !pending) onSubmit()
  }
  return (
    <Prompt
      open
      variant={danger ? "danger" : "confirmation"}
      onOpenChange={(open) => {
        if (!open && !pending) onClose()
      }}
    >
      <Prompt.Content className="max-w-[520px]">
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          {(children || error) && (
            <div className="flex flex-col gap-y-3 px-6 pt-4">
              {children}
              {error && <FormError title={error.title} message={error.message} />}
            </div>
          )}
          <Prompt.Footer>
            <Button type="button" size="small" variant="secondary" disabled={pending} onClick={onClose}>
              {TEXT.cancel}
            </Button>
            <Button
              type="submit"
              size="small"
              variant={danger ? "danger" : "primary"}
              disabled={!canSubmit}
              isLoading={pending}
            >
              {submitLabel}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
