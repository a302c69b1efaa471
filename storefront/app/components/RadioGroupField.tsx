import type { ReactNode } from "react"

export interface RadioOption {
  value: string
  label: ReactNode
  hint?: ReactNode
}

interface Props {
  /** The radios' name; the first radio's id is the name (error summary links land on it). */
  name: string
  legend: ReactNode
  options: RadioOption[]
  /** The chosen value (what was typed before, or the saved one). */
  value: string
  error?: string
  required?: boolean
}

/** A group of large tappable radio cards with a legend, hints and one error message. */
export function RadioGroupField({ name, legend, options, value, error, required }: Props) {
  const errorId = error ? `${name}-error` : undefined
  return (
    <fieldset className="choice-group field">
      <legend>
        {legend}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {" *"}
          </span>
        ) : null}
      </legend>
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.value}`
        const hintId = option.hint ? `${id}-hint` : undefined
        const describedBy = [hintId, errorId].filter(Boolean).join(" ")
        return (
          <label key={option.value} className="choice" htmlFor={id}>
            <input
              id={id}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === value}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            <span className="choice-title">{option.label}</span>
            {option.hint ? (
              <span className="choice-hint" id={hintId}>
                {option.hint}
              </span>
            ) : null}
          </label>
        )
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
