/**
 * The seller's OCOP submission form: reading it and checking it with the shared rules
 * (`certificateProblems` of @choso/ocop-rules, the same the backend enforces). Pure code, run by the
 * action and, with JavaScript, in the browser before a phone uploads a 10 MB scan for nothing.
 */
import { certificateProblems } from "@choso/ocop-rules"
import type { Translate } from "./i18n"

/** The form's fields in page order (the error summary follows it; ids = names). */
export const OCOP_FORM_FIELDS = [
  "product_ids",
  "stars",
  "score",
  "group",
  "authority_level",
  "authority_name",
  "decision_number",
  "decision_date",
  "file",
] as const

/** The backend's limit for a PDF or a photo. */
export const OCOP_FILE_MAX_BYTES = 10 * 1024 * 1024

export interface OcopFormValues {
  product_ids: string[]
  stars: string
  score: string
  group: string
  authority_level: string
  authority_name: string
  decision_number: string
  decision_date: string
  /** Set when renewing an approved certificate (or resubmitting a rejected renewal). */
  replaces_id: string
}

export const EMPTY_OCOP_FORM: OcopFormValues = {
  product_ids: [],
  stars: "",
  score: "",
  group: "",
  authority_level: "",
  authority_name: "",
  decision_number: "",
  decision_date: "",
  replaces_id: "",
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

export function readOcopForm(form: FormData): OcopFormValues {
  const ids = form
    .getAll("product_ids")
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter(Boolean)
  return {
    product_ids: [...new Set(ids)],
    stars: text(form, "stars"),
    score: text(form, "score"),
    group: text(form, "group"),
    authority_level: text(form, "authority_level"),
    authority_name: text(form, "authority_name").replace(/\s+/g, " "),
    decision_number: text(form, "decision_number").replace(/\s+/g, " "),
    decision_date: text(form, "decision_date"),
    replaces_id: text(form, "replaces_id"),
  }
}

/** "87,5" or "87.5" → 87.5; empty or not a number → null. */
export function parseScore(value: string): number | null {
  const normalized = value.trim().replace(",", ".")
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalized)) {
    return null
  }
  return Number(normalized)
}

/** What a chosen file is, as far as the form can tell (the browser's File, or the action's). */
export interface ChosenFile {
  size: number
  type: string
}

/**
 * Field name → message, {} when the form can be sent. Our own checks (products, score, file) in
 * the page's language; the certificate's facts by `certificateProblems` (its Vietnamese message,
 * with the English in brackets), first problem per field.
 */
export function checkOcopForm(
  values: OcopFormValues,
  file: ChosenFile | null,
  today: string,
  t: Translate
): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!values.product_ids.length) {
    errors.product_ids = t("ocop.form.error.products_required")
  }
  const score = parseScore(values.score)
  if (!values.score) {
    errors.score = t("ocop.form.error.score_required")
  } else if (score === null) {
    errors.score = t("ocop.form.error.score_number")
  }
  const problems = certificateProblems(
    {
      stars: values.stars ? Number(values.stars) : Number.NaN,
      score: score ?? Number.NaN,
      group: values.group,
      authority_level: values.authority_level,
      decision_date: values.decision_date,
      decision_number: values.decision_number,
      authority_name: values.authority_name,
    },
    today
  )
  for (const problem of problems) {
    errors[problem.field] ??= problem.message
  }
  if (!file || file.size === 0) {
    errors.file = t("ocop.form.error.file_required")
  } else if (file.size > OCOP_FILE_MAX_BYTES) {
    errors.file = t("ocop.form.error.file_too_big")
  } else if (file.type && file.type !== "application/pdf" && !file.type.startsWith("image/")) {
    errors.file = t("ocop.form.error.file_type")
  }
  return errors
}
