import { useEffect, useRef } from "react"
import { useT } from "~/lib/use-t"

interface Props {
  /** Field name → message (the action's answer); a new object moves the focus here again. */
  errors: Readonly<Record<string, string>> | undefined
  /** The form's fields in page order: the list follows it. Fields not listed come last. */
  order?: readonly string[]
}

/**
 * The list of a form's problems above it, each linking to its field (ids = field names). Focused
 * when it appears, so a screen reader and a phone's viewport land on it after a refused post.
 */
export function ErrorSummary({ errors, order = [] }: Props) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors && Object.keys(errors).length) {
      ref.current?.focus()
    }
  }, [errors])
  if (!errors) {
    return null
  }
  const listed = order.filter((field) => errors[field])
  const fields = [...listed, ...Object.keys(errors).filter((field) => errors[field] && !listed.includes(field))]
  if (!fields.length) {
    return null
  }
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <p id="error-summary-title">
        <strong>{t("checkout.errors_title")}</strong>
      </p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${field}`}>{errors[field]}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
