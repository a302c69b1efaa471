/**
 * Calls to the market plugin (plugins/market/API.md) for the vendor screen /ban-hang, from loaders,
 * actions and resource routes only. Every `/stall/*` call carries the phone's device token as
 * `x-stall-device`; the browser never sees it. Refusals are VendorApiError (status, code, message).
 */
import type { Lang } from "./i18n"
import { backendUrl, errorStatus, localeHeaders, sdk } from "./medusa.server"
import type {
  DeviceDTO,
  FeedEventDTO,
  PaymentRail,
  PaymentRequestDTO,
  PublicStallDTO,
  ReviewDecision,
  StallDTO,
  StallTodayDTO,
  TransferDTO,
} from "./stall-types"
import { VendorApiError } from "./vendor-api.server"
import type { ApiErrorBody } from "./vendor-types"

export const STALL_DEVICE_HEADER = "x-stall-device"

interface CallOptions {
  method?: "GET" | "POST"
  /** The device token (`/stall/*`). */
  device?: string
  /** The seller's JWT (`/vendor/market/*`). */
  jwt?: string
  body?: unknown
  timeoutMs?: number
}

function headersFor(options: { device?: string; jwt?: string; json?: boolean }): Headers {
  const headers = new Headers({ accept: "application/json" })
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (publishableKey) {
    headers.set("x-publishable-api-key", publishableKey)
  }
  if (options.device) {
    headers.set(STALL_DEVICE_HEADER, options.device)
  }
  if (options.jwt) {
    headers.set("authorization", `Bearer ${options.jwt}`)
  }
  if (options.json) {
    headers.set("content-type", "application/json")
  }
  return headers
}

async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined
  const response = await fetch(`${backendUrl()}${path}`, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers: headersFor({ device: options.device, jwt: options.jwt, json: hasBody }),
    body: hasBody ? JSON.stringify(options.body) : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  })
  const text = await response.text()
  let json: unknown = null
  if (text && (response.headers.get("content-type") ?? "").includes("json")) {
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
  }
  if (!response.ok) {
    throw new VendorApiError(response.status, json as ApiErrorBody | null, response.statusText)
  }
  return json as T
}

const enc = encodeURIComponent

// ── With the seller's JWT (sign-in only) ────────────────────────────────────

/** Makes this phone a device of the seller's stall; the token is shown once. */
export function registerDevice(jwt: string, label: string): Promise<{ device: DeviceDTO; token: string }> {
  return call("/vendor/market/devices", { jwt, body: { label } })
}

// ── With the device token ───────────────────────────────────────────────────

export function getStallMe(device: string): Promise<{ stall: StallDTO; device: DeviceDTO }> {
  return call("/stall/me", { device })
}

export function getStallToday(device: string): Promise<StallTodayDTO> {
  return call("/stall/today", { device })
}

export function createPaymentRequest(
  device: string,
  amount: number,
  rail: PaymentRail
): Promise<{ request: PaymentRequestDTO }> {
  return call("/stall/payment-requests", { device, body: { amount, rail } })
}

export function getPaymentRequest(device: string, id: string): Promise<{ request: PaymentRequestDTO }> {
  return call(`/stall/payment-requests/${enc(id)}`, { device })
}

export function cancelPaymentRequest(device: string, id: string): Promise<{ request: PaymentRequestDTO }> {
  return call(`/stall/payment-requests/${enc(id)}/cancel`, { device, method: "POST", body: {} })
}

export function getStallEvents(
  device: string,
  after: number | null
): Promise<{ events: FeedEventDTO[]; last_seq: number }> {
  return call(after === null ? "/stall/events" : `/stall/events?after=${after}`, { device })
}

export function resolveReview(
  device: string,
  id: string,
  decision: ReviewDecision,
  note: string
): Promise<{ review: TransferDTO }> {
  return call(`/stall/reviews/${enc(id)}`, { device, body: { decision, note } })
}

export function listStallDevices(device: string): Promise<{ devices: DeviceDTO[] }> {
  return call("/stall/devices", { device })
}

export function revokeStallDevice(device: string, id: string): Promise<{ device: DeviceDTO }> {
  return call(`/stall/devices/${enc(id)}/revoke`, { device, method: "POST", body: {} })
}

/**
 * Opens the backend's event stream `GET /stall/feed` and hands back its raw response (not read
 * here: the SSE route streams it through). `lastEventId` goes as `Last-Event-ID`, `after` as the
 * query; `signal` ends the upstream request when the browser goes away.
 */
export function openStallFeed(
  device: string,
  position: { lastEventId?: string | null; after?: string | null },
  signal: AbortSignal
): Promise<Response> {
  const headers = headersFor({ device })
  headers.set("accept", "text/event-stream")
  if (position.lastEventId) {
    headers.set("last-event-id", position.lastEventId)
  }
  const query = position.after ? `?after=${enc(position.after)}` : ""
  return fetch(`${backendUrl()}/stall/feed${query}`, { headers, signal, redirect: "manual" })
}

// ── Public ──────────────────────────────────────────────────────────────────

/** The stall a printed sign points to, or null (unknown code). */
export async function getPublicStall(code: string, lang: Lang): Promise<PublicStallDTO | null> {
  try {
    const { stall } = await sdk().client.fetch<{ stall: PublicStallDTO }>(`/store/stalls/${enc(code)}`, {
      headers: localeHeaders(lang),
    })
    return stall
  } catch (error) {
    if (errorStatus(error) === 404) {
      return null
    }
    throw error
  }
}
