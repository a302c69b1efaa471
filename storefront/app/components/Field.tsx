import type { ReactElement, ReactNode } from "react"

/** What a Field hands to its control: spread it on the <input>, <select> or <textarea>. */
export interface FieldControlProps {
  id: string
  name: string
  "aria-required": true | undefined
  "aria-invalid": true | undefined
  "aria-describedby": string | undefined
}

interface FieldProps {
  /** The control's name and id; its hint and error are `${name}-hint` and `${name}-error`. */
  name: string
  /** A different id, when two controls share a name (two file inputs). */
  id?: string
  label: ReactNode
  hint?: ReactNode
  /** Announce changes of the hint (e.g. "loading wards…"). */
  hintLive?: boolean
  /** The message shown under the control; marks it invalid. */
  error?: string
  /** Adds the * marker (explained once per form) and aria-required. */
  required?: boolean
  /** Label and control on one line (quantity). */
  inline?: boolean
  children: (control: FieldControlProps) => ReactElement
}

/** A labelled form control with its hint and error message, linked by aria-describedby. */
export function Field({ name, id = name, label, hint, hintLive, error, required, inline, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ")
  return (
    <div className={inline ? "field field-inline" : "field"}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {" *"}
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint" aria-live={hintLive ? "polite" : undefined}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        "aria-required": required ? true : undefined,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
