/** Anything a URL parser resolves against this base to another origin is not one of our paths. */
const BASE = new URL("http://storefront.invalid")

const MAX_LENGTH = 2048

/**
 * C0 and C1 control characters, DEL, any Unicode whitespace and backslashes. Browsers strip tabs
 * and newlines and read "\" as "/", so "/\t/evil.example" and "/\\evil.example" are "//evil.example".
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\s\\]/u

/** How often an encoded path is decoded before it is given up on ("%25252F…"). */
const MAX_DECODE_ROUNDS = 3

function looksLocal(text: string): boolean {
  return text.startsWith("/") && !text.startsWith("//") && !FORBIDDEN.test(text)
}

/**
 * Every decoding of the path must look local too. "/%2F%2Fevil.example" is a harmless path on
 * this origin for a browser, but a proxy or server that decodes "%2F" before redirecting again
 * (trailing slash, normalisation) turns it into "//evil.example". None of our paths holds an
 * encoded slash, backslash, control character or space, so such values are refused.
 * The query is not decoded: search words may hold encoded spaces.
 */
function decodedPathLooksLocal(path: string): boolean {
  let current = path
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(current)
    } catch {
      return false
    }
    if (decoded === current) {
      return true
    }
    if (!looksLocal(decoded)) {
      return false
    }
    current = decoded
  }
  return false
}

/**
 * `value` as a path on this site ("/…", normalised as a browser would), or `fallback` when it
 * is not one. Used for redirects after a form post (`redirect_to`, the Referer).
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !looksLocal(value)) {
    return fallback
  }
  const path = value.split(/[?#]/, 1)[0] ?? ""
  if (!decodedPathLooksLocal(path)) {
    return fallback
  }
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return fallback
  }
  // "/.//evil.example" and "/a/..//evil.example" normalise to "//evil.example".
  if (url.origin !== BASE.origin || url.pathname.startsWith("//")) {
    return fallback
  }
  return url.pathname + url.search + url.hash
}
