import Medusa, { type ClientHeaders, FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { type Lang, medusaLocale } from "./i18n"

/** The one Medusa client of this server process (the SDK is never bundled for the browser). */
let client: { key: string; sdk: Medusa } | undefined

export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")
}

export function sdk(): Medusa {
  const baseUrl = backendUrl()
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
  const key = `${baseUrl}|${publishableKey}`
  if (!client || client.key !== key) {
    client = {
      key,
      sdk: new Medusa({
        baseUrl,
        publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      }),
    }
  }
  return client.sdk
}

/** Per-call headers: Medusa's translation module answers in this locale. */
export function localeHeaders(lang: Lang): ClientHeaders {
  return { "x-medusa-locale": medusaLocale(lang) }
}

export function isFetchError(error: unknown): error is FetchError {
  return (
    error instanceof FetchError ||
    (error instanceof Error && typeof (error as { status?: unknown }).status === "number")
  )
}

/** A 4xx answer from Medusa: the request was refused, the shopper can act on it. */
export function isClientError(error: unknown): error is FetchError {
  return isFetchError(error) && typeof error.status === "number" && error.status >= 400 && error.status < 500
}

export function errorStatus(error: unknown): number | undefined {
  return isFetchError(error) ? error.status : undefined
}

/** A tiny in-memory cache for reference data (region, categories, provinces, wards). */
export function memo<T>(
  ttlMs: number,
  load: () => Promise<T>
): { get: () => Promise<T>; peek: () => T | undefined; clear: () => void } {
  let entry: { at: number; value: Promise<T>; settled?: T } | undefined
  return {
    get() {
      if (entry && Date.now() - entry.at < ttlMs) {
        return entry.value
      }
      const current: { at: number; value: Promise<T>; settled?: T } = { at: Date.now(), value: load() }
      current.value.then(
        (value) => {
          current.settled = value
        },
        () => {
          // A failed load is not cached: the next request tries again.
          if (entry === current) {
            entry = undefined
          }
        }
      )
      entry = current
      return current.value
    },
    peek() {
      return entry && Date.now() - entry.at < ttlMs ? entry.settled : undefined
    },
    clear() {
      entry = undefined
    },
  }
}

export function keyedMemo<T>(ttlMs: number, load: (key: string) => Promise<T>) {
  const caches = new Map<string, ReturnType<typeof memo<T>>>()
  const forKey = (key: string) => {
    let cache = caches.get(key)
    if (!cache) {
      cache = memo(ttlMs, () => load(key))
      caches.set(key, cache)
    }
    return cache
  }
  return {
    get: (key: string) => forKey(key).get(),
    peek: (key: string) => caches.get(key)?.peek(),
    clear: () => caches.clear(),
  }
}

const HOUR = 60 * 60 * 1000

/** The single region "Việt Nam" (currency vnd), cached for the life of the process (an hour). */
const regionCache = memo<HttpTypes.StoreRegion>(HOUR, async () => {
  const { regions } = await sdk().store.region.list({ limit: 10 })
  const region = regions.find((r) => r.currency_code === "vnd") ?? regions[0]
  if (!region) {
    throw new Error("The backend has no region: run the seed first.")
  }
  return region
})

export function getRegion(): Promise<HttpTypes.StoreRegion> {
  return regionCache.get()
}

export function metaString(metadata: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() ? value : null
}

export function metaNumber(metadata: Record<string, unknown> | null | undefined, key: string): number | null {
  const value = metadata?.[key]
  if (typeof value === "number" && Number.isFinite(value)) {
    return value
  }
  if (typeof value === "string" && value.trim() && Number.isFinite(Number(value))) {
    return Number(value)
  }
  return null
}
