import type { ImageVM } from "./types"

/** Widths the seed renders for every product image (metadata.image_sizes). */
export const IMAGE_WIDTHS = [320, 640, 1200] as const

/** Reads `metadata.image_sizes` ({ "320": url, … }) into [width, url] pairs sorted by width. */
export function readImageSizes(value: unknown): [number, string][] {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return []
  }
  const pairs: [number, string][] = []
  for (const [key, url] of Object.entries(value as Record<string, unknown>)) {
    const width = Number.parseInt(key, 10)
    if (Number.isFinite(width) && width > 0 && typeof url === "string" && url.length > 0) {
      pairs.push([width, url])
    }
  }
  return pairs.sort((a, b) => a[0] - b[0])
}

/** "url 320w, url 640w, url 1200w", or undefined when there is nothing to choose from. */
export function buildSrcSet(value: unknown): string | undefined {
  const pairs = readImageSizes(value)
  if (pairs.length === 0) {
    return undefined
  }
  return pairs.map(([width, url]) => `${url} ${width}w`).join(", ")
}

/** The size closest to `preferred` (at least it, if available) as the plain `src` fallback. */
export function pickImageSrc(value: unknown, preferred = 640): string | undefined {
  const pairs = readImageSizes(value)
  if (pairs.length === 0) {
    return undefined
  }
  const atLeast = pairs.find(([width]) => width >= preferred)
  return (atLeast ?? pairs[pairs.length - 1])?.[1]
}

/**
 * A square product image: srcset from `metadata.image_sizes` when present, otherwise the
 * single fallback URL (thumbnail) alone.
 */
export function productImage(imageSizes: unknown, fallbackUrl: string | null | undefined): ImageVM | null {
  const srcSet = buildSrcSet(imageSizes)
  const src = pickImageSrc(imageSizes) ?? fallbackUrl ?? undefined
  if (!src) {
    return null
  }
  const pairs = readImageSizes(imageSizes)
  const largest = pairs.length ? pairs[pairs.length - 1]![0] : 640
  return { src, srcSet, width: largest, height: largest }
}
