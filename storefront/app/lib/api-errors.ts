/**
 * Turning a refusal of the seller API (a MedusaError body `{ message, code?, issues? }`) into what
 * a form shows: messages next to the fields they name, the rest above the form. Pure code.
 */
import type { ApiIssue } from "./vendor-types"

export interface ApiErrorLike {
  status: number
  code?: string
  message: string
  issues?: ApiIssue[]
}

/** `["variants", 0, "price"]`, `"variants[0].price"` and `"variants.0.price"` all → "variants.0.price". */
export function issueFieldName(field: unknown): string | null {
  if (Array.isArray(field)) {
    const parts = field.filter((part) => typeof part === "string" || typeof part === "number").map(String)
    return parts.length ? parts.join(".") : null
  }
  if (typeof field !== "string" || !field.trim()) {
    return null
  }
  return field
    .trim()
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^\./, "")
}

export interface MapOptions {
  /** The form's field names (the API's field names, "variants.0.price" for nested ones). */
  fields: readonly string[]
  /** Where a refusal with this `code` and no issues belongs, e.g. seller_handle_taken → "name". */
  codeFields?: Readonly<Record<string, string>>
  /** Our own wording for a `code`, in the page's language; the backend's message otherwise. */
  codeMessage?: (code: string) => string | undefined
}

export interface MappedApiError {
  /** Field name → message, for fields the form has. */
  fieldErrors: Record<string, string>
  /** Messages for the whole form (refusals that name no field of it). */
  messages: string[]
}

function fieldOf(name: string, fields: ReadonlySet<string>): string | null {
  if (fields.has(name)) {
    return name
  }
  // "address.ward_code" or "body.ward_code": the last named part, when the form has that field.
  const last = name.split(".").pop()
  return last && !/^\d+$/.test(last) && fields.has(last) ? last : null
}

export function mapApiError(error: ApiErrorLike, options: MapOptions): MappedApiError {
  const fields = new Set(options.fields)
  const fieldErrors: Record<string, string> = {}
  const messages: string[] = []
  for (const issue of error.issues ?? []) {
    const name = issueFieldName(issue.field)
    const field = name ? fieldOf(name, fields) : null
    const message = typeof issue.message === "string" && issue.message.trim() ? issue.message.trim() : null
    if (!message) {
      continue
    }
    if (field) {
      fieldErrors[field] ??= message
    } else if (!messages.includes(message)) {
      messages.push(message)
    }
  }
  if (Object.keys(fieldErrors).length || messages.length) {
    return { fieldErrors, messages }
  }
  const ours = error.code ? options.codeMessage?.(error.code) : undefined
  const message = ours ?? (error.message.trim() || null)
  const codeField = error.code ? options.codeFields?.[error.code] : undefined
  if (message && codeField && fields.has(codeField)) {
    return { fieldErrors: { [codeField]: message }, messages: [] }
  }
  return { fieldErrors, messages: message ? [message] : [] }
}
