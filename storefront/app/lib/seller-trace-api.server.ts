/**
 * Calls to plugins/traceability's seller API (`/vendor/trace/*`, API.md "Seller channel") from
 * loaders and actions, with the member's bearer token. Refusals become VendorApiError (its
 * `issues` carry the backend's `problems`), so the channel's sign-in redirect and form mapping apply.
 */
import { data } from "react-router"
import type { Lang } from "./i18n"
import type { StepFieldsBody } from "./seller-trace-form"
import type {
  CaptureError,
  CaptureResult,
  LotDetailAnswer,
  LotInput,
  LotSummaryDTO,
  TraceEventDTO,
  TraceVariantDTO,
} from "./seller-trace-types"
import { VendorApiError, vendorCall, vendorSend } from "./vendor-api.server"
import type { ApiErrorBody } from "./vendor-types"

const enc = encodeURIComponent

export function listLots(
  token: string,
  query: { q?: string; limit?: number; offset?: number },
  lang?: Lang
): Promise<{ lots: LotSummaryDTO[]; count: number }> {
  const search = new URLSearchParams()
  if (query.q) search.set("q", query.q)
  search.set("limit", String(query.limit ?? 50))
  search.set("offset", String(query.offset ?? 0))
  return vendorCall(`/vendor/trace/lots?${search}`, { token, lang })
}

export function listTraceVariants(token: string, lang?: Lang): Promise<{ variants: TraceVariantDTO[] }> {
  return vendorCall("/vendor/trace/variants", { token, lang })
}

export function createLot(token: string, input: LotInput, lang?: Lang): Promise<{ lot: LotSummaryDTO }> {
  return vendorCall("/vendor/trace/lots", { token, lang, body: input })
}

export function getLot(token: string, id: string, lang?: Lang): Promise<LotDetailAnswer> {
  return vendorCall(`/vendor/trace/lots/${enc(id)}`, { token, lang })
}

/** The step's fields and photos as multipart; photos on weak 4G take a while. */
export function recordTraceEvent(
  token: string,
  lotId: string,
  form: FormData,
  lang?: Lang
): Promise<{ event: TraceEventDTO }> {
  return vendorCall(`/vendor/trace/lots/${enc(lotId)}/events`, { token, lang, form, timeoutMs: 120_000 })
}

/** Declares the event wrong; with a replacement, the right version is appended in the same step. */
export function correctTraceEvent(
  token: string,
  entryId: string,
  input: { reason: string; note?: string; replacement?: StepFieldsBody },
  lang?: Lang
): Promise<{ events: TraceEventDTO[] }> {
  return vendorCall(`/vendor/trace/events/${enc(entryId)}/corrections`, { token, lang, body: input })
}

function captureErrors(value: unknown): CaptureError[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((e): e is { path?: unknown; message: string } => Boolean(e) && typeof e.message === "string")
    .map((e) => ({ path: typeof e.path === "string" ? e.path : "", message: e.message }))
}

/** The document as the seller sent it; a 400 answer's schema errors come back, not thrown. */
export async function captureEpcis(token: string, document: string, lang?: Lang): Promise<CaptureResult> {
  const { response, json } = await vendorSend("/vendor/trace/capture", {
    token,
    lang,
    raw: { body: document, type: "application/json" },
    timeoutMs: 60_000,
  })
  const body = (json ?? {}) as { message?: unknown; errors?: unknown; captured?: unknown; lots?: unknown }
  if (response.status === 400 && Array.isArray(body.errors)) {
    return {
      ok: false,
      message: typeof body.message === "string" ? body.message : "",
      errors: captureErrors(body.errors),
    }
  }
  if (!response.ok) throw new VendorApiError(response.status, json as ApiErrorBody | null, response.statusText)
  return {
    ok: true,
    captured: typeof body.captured === "number" ? body.captured : 0,
    lots: Array.isArray(body.lots) ? (body.lots as { id: string; code: string; added: number }[]) : [],
  }
}

/** The seller's lot, or the channel's 404 page for an id that is not one of its lots. */
export async function getOwnLot(token: string, id: string, lang?: Lang): Promise<LotDetailAnswer> {
  try {
    return await getLot(token, id, lang)
  } catch (error) {
    if (error instanceof VendorApiError && error.status === 404) throw data(null, { status: 404 })
    throw error
  }
}
