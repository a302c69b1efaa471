import type { ReactNode } from "react"

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g
/** Punctuation that ends a sentence, not the link ("…mat-khau?token=abc."). */
const TRAILING = /[.,;:!?)\]]+$/

/** Only http(s) addresses become links: a message's data is never trusted with `javascript:`. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null
  } catch {
    return null
  }
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="break-all text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
    >
      {children}
    </a>
  )
}

/** Plain text with its web addresses clickable; line breaks kept. */
export function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0
    const url = match[0].replace(TRAILING, "")
    const href = safeHref(url)
    if (!href) continue
    parts.push(text.slice(last, start))
    parts.push(
      <ExternalLink key={start} href={href}>
        {url}
      </ExternalLink>
    )
    last = start + url.length
  }
  parts.push(text.slice(last))
  return <span className="whitespace-pre-wrap break-words">{parts}</span>
}
