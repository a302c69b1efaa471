import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { TEXT } from "../lib/labels"
import { FormError } from "./form-error"

/**
 * A form in Medusa's side drawer: mounted open by its parent, closed by onClose (not while saving).
 * `error` is the backend's refusal, shown above the fields.
 */
export function DrawerForm({
  title,
  description,
  submitLabel = TEXT.save,
  pending,
  error,
  onSubmit,
  onClose,
  children,
}: {
  title: string
  description: string
  submitLabel?: string
  pending: boolean
  error: string | null
  onSubmit: () => void
  onClose: () => void
  children: ReactNode
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!pending) onSubmit()
  }
  return (
    <Drawer
      open
      onOpenChange={(open) => {
        if (!open && !pending) onClose()
      }}
    >
      <Drawer.Content>
        <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description>{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {error && <FormError title={TEXT.saveFailed} message={error} />}
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            <Button type="button" size="small" variant="secondary" disabled={pending} onClick={onClose}>
              {TEXT.cancel}
            </Button>
            <Button type="submit" size="small" isLoading={pending}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
