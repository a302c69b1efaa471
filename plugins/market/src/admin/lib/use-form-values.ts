import { useState } from "react"

/** A form's text values and their client-side errors; editing a field clears its error. */
export function useFormValues<K extends string>(initial: Record<K, string>) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({})
  const set = (key: K) => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }
  return { values, errors, setErrors, set }
}

/** The fields whose trimmed value differs from the initial one (what an edit sends). */
export function changedKeys<K extends string>(initial: Record<K, string>, values: Record<K, string>): K[] {
  return (Object.keys(values) as K[]).filter((key) => values[key].trim() !== initial[key].trim())
}
