import { VNPayAPIError, VNPayConnectionError } from "./errors.js"

/** How the client talks HTTP: resolved from VNPayConfig. */
export interface HttpSettings {
  fetch: typeof fetch
  timeout: number
  maxNetworkRetries: number
  retryBaseDelayMs: number
  retryMaxDelayMs: number
  random: () => number
  sleep: (ms: number) => Promise<void>
}

export interface HttpAttemptOptions {
  timeout?: number
  maxNetworkRetries?: number
}

export interface JsonResponse {
  status: number
  body: unknown
  /** How many attempts it took (1 = no retry). */
  attempts: number
}

export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_NETWORK_RETRIES = 2
export const DEFAULT_RETRY_BASE_DELAY_MS = 500
export const DEFAULT_RETRY_MAX_DELAY_MS = 8_000

export const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Full jitter: a random wait in [0, min(cap, base × 2^retry)). `retry` counts from 0. */
export function retryDelay(retry: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** retry)
  return Math.floor(Math.max(0, Math.min(1, random())) * ceiling)
}

class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly body: string
  ) {
    super(`HTTP ${status}`)
  }
}

function httpError(status: number, body: string): VNPayAPIError {
  return new VNPayAPIError(
    `HTTP_${status}`,
    { vi: `VNPay trả về HTTP ${status}`, en: `VNPay answered HTTP ${status}` },
    { statusCode: status, raw: body }
  )
}

/**
 * POSTs JSON and returns the parsed JSON answer. The SAME body is sent on every attempt.
 * Retries (up to maxNetworkRetries times, exponential backoff with full jitter) on network errors,
 * timeouts and HTTP 5xx; never on 4xx. After the last attempt: a 5xx throws VNPayAPIError
 * (code "HTTP_5xx", statusCode set), a network error or timeout throws VNPayConnectionError.
 */
export async function postJson(
  url: string,
  body: Readonly<Record<string, string>>,
  settings: HttpSettings,
  options: HttpAttemptOptions = {}
): Promise<JsonResponse> {
  const timeout = options.timeout ?? settings.timeout
  const maxRetries = options.maxNetworkRetries ?? settings.maxNetworkRetries
  const payload = JSON.stringify(body)
  let lastError: unknown
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    if (attempt > 0) {
      await settings.sleep(
        retryDelay(attempt - 1, settings.retryBaseDelayMs, settings.retryMaxDelayMs, settings.random)
      )
    }
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeout} ms`)), timeout)
    try {
      const response = await settings.fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: payload,
        signal: controller.signal,
      })
      const text = await response.text()
      if (response.status >= 500) {
        throw new RetryableStatus(response.status, text)
      }
      if (response.status < 200 || response.status >= 300) {
        throw httpError(response.status, text)
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new VNPayAPIError(
          "INVALID_RESPONSE",
          { vi: "VNPay trả về dữ liệu không phải JSON", en: "VNPay's answer is not JSON" },
          { statusCode: response.status, raw: text }
        )
      }
      return { status: response.status, body: parsed, attempts: attempt + 1 }
    } catch (error) {
      if (error instanceof VNPayAPIError) {
        throw error
      }
      lastError = controller.signal.aborted ? new Error(`timed out after ${timeout} ms`, { cause: error }) : error
    } finally {
      clearTimeout(timer)
    }
  }
  if (lastError instanceof RetryableStatus) {
    throw httpError(lastError.status, lastError.body)
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError)
  throw new VNPayConnectionError(
    `Could not reach VNPay at ${url} after ${maxRetries + 1} attempt(s): ${reason}`,
    lastError
  )
}
