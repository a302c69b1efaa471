/**
 * What shoppers read of the traceability plugin (plugins/traceability/API.md, `/store/trace/*`):
 * a lot's trace by its label, its EPCIS export, and the lots of an order's lines.
 */
import { vietnamToday } from "@choso/ocop-rules"
import type { Lang } from "./i18n"
import { productImage } from "./images"
import { backendUrl, errorStatus, localeHeaders, sdk } from "./medusa.server"
import { getProductCertificate } from "./ocop.server"
import type { CertificatePanelVM } from "./ocop-types"
import { toOrderLineLots, toTracePage } from "./trace"
import type { OrderLineLotVM, OrderLotsDTO, TraceKey, TracePageVM, TraceViewDTO } from "./trace-types"
import type { ImageVM } from "./types"

function tracePath(key: TraceKey): string {
  return key.kind === "gtin"
    ? `/store/trace/lots/by-gtin/${key.gtin}/${encodeURIComponent(key.lot)}`
    : `/store/trace/lots/by-code/${key.code}`
}

/** The lot's TraceView, verified by the backend on this very read; null for an unknown lot. */
export async function getTrace(key: TraceKey, lang: Lang): Promise<TraceViewDTO | null> {
  try {
    const { trace } = await sdk().client.fetch<{ trace: TraceViewDTO }>(tracePath(key), {
      headers: localeHeaders(lang),
    })
    return trace
  } catch (error) {
    if (errorStatus(error) === 404) {
      return null
    }
    throw error
  }
}

/** The small photo the catalogue renders (320/640/1200 px); the thumbnail alone when unknown. */
async function traceImage(handle: string, thumbnail: string | null): Promise<ImageVM | null> {
  try {
    const { products } = await sdk().store.product.list({ handle, fields: "id,thumbnail,metadata", limit: 1 })
    const product = products[0]
    return productImage(product?.metadata?.image_sizes, product?.thumbnail ?? thumbnail)
  } catch {
    return productImage(null, thumbnail)
  }
}

export interface TracePageData {
  trace: TracePageVM
  certificate: CertificatePanelVM | null
}

/** The trace page's data: the lot, then its product's photo sizes and OCOP certificate together. */
export async function getTracePage(key: TraceKey, lang: Lang): Promise<TracePageData | null> {
  const view = await getTrace(key, lang)
  if (!view) {
    return null
  }
  const handle = view.product.handle
  const [image, certificate] = await Promise.all([
    handle ? traceImage(handle, view.product.thumbnail) : productImage(null, view.product.thumbnail),
    handle ? getProductCertificate(handle, lang) : null,
  ])
  return {
    trace: toTracePage(view, key, { today: vietnamToday(), image, photoBase: backendUrl() }),
    certificate,
  }
}

/** The backend's EPCIS 2.0 document for the lot (a raw response), or null for an unknown lot. */
export async function getEpcisExport(key: TraceKey, lang: Lang): Promise<Response | null> {
  const view = await getTrace(key, lang)
  if (!view) {
    return null
  }
  // Asking for JSON-LD (not application/json) makes the SDK hand back the response untouched.
  return sdk().client.fetch<Response>(`/store/trace/lots/${encodeURIComponent(view.lot.id)}/epcis`, {
    headers: { accept: "application/ld+json" },
  })
}

/**
 * The lots each of the order's lines received, by line item id; null when the lookup failed
 * (the order page shows without them).
 */
export async function getOrderLineLots(orderId: string, lang: Lang): Promise<Record<string, OrderLineLotVM[]> | null> {
  try {
    const answer = await sdk().client.fetch<OrderLotsDTO>(`/store/trace/orders/${encodeURIComponent(orderId)}/lots`, {
      headers: localeHeaders(lang),
    })
    return toOrderLineLots(answer)
  } catch (error) {
    console.warn(`[storefront] lots of order ${orderId}: ${error instanceof Error ? error.message : error}`)
    return null
  }
}
