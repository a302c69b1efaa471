import { Input } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"

const DEBOUNCE_MS = 300

/** A search box that reports its (trimmed) value once the operator stops typing. */
export function SearchInput({
  value,
  placeholder,
  onSearch,
}: {
  value: string
  placeholder: string
  onSearch: (q: string) => void
}) {
  const [text, setText] = useState(value)
  const report = useRef(onSearch)
  report.current = onSearch

  // The URL is the source of truth: the back button or a shared link may bring another value.
  // What the operator is typing stays as typed (a trailing space is not taken away).
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value])

  useEffect(() => {
    const q = text.trim()
    if (q === value) return
    const timer = window.setTimeout(() => report.current(q), DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [text, value])

  return (
    <Input
      type="search"
      size="small"
      className="w-full sm:w-72"
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(event) => setText(event.target.value)}
    />
  )
}
