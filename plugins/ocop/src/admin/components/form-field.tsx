import { Hint, Label } from "@medusajs/ui"
import { type ReactNode, useId } from "react"
import { TEXT } from "../lib/labels"

export interface ControlProps {
  id: string
  "aria-invalid"?: boolean
  "aria-describedby"?: string
}

/** A labelled form control with its hint, or its error once there is one. */
export function FormField({
  label,
  hint,
  error,
  optional,
  children,
}: {
  label: string
  hint?: string
  error?: string
  /** Marked as not required. */
  optional?: boolean
  children: (control: ControlProps) => ReactNode
}) {
  const id = useId()
  const noteId = `${id}-note`
  const note = error ?? hint
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && <span className="ml-1 font-normal text-ui-fg-muted">{TEXT.optional}</span>}
      </Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": note ? noteId : undefined })}
      {note && (
        <Hint id={noteId} variant={error ? "error" : "info"}>
          {note}
        </Hint>
      )}
    </div>
  )
}
