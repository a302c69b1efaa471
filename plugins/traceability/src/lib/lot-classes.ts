import { CHOSO_ID_BASE, isValidGtin, parseDigitalLinkPath, toGtin14 } from "@choso/trace-rules"

export type LotRef = { gtin: string; code: string } | { short_code: string }

const SHORT_PREFIX = `${CHOSO_ID_BASE}/t/`

/**
 * The lot an EPC class names: a GS1 Digital Link class with GTIN and lot, or the lot's own
 * `{CHOSO_ID_BASE}/t/{short_code}` class. Anything else names no lot.
 */
export function lotRefOf(epcClass: string): LotRef | null {
  if (epcClass.startsWith(SHORT_PREFIX)) {
    const code = epcClass.slice(SHORT_PREFIX.length).replace(/\/+$/, "")
    return code && !code.includes("/") ? { short_code: code } : null
  }
  let url: URL
  try {
    url = new URL(epcClass)
  } catch {
    return null
  }
  const parsed = parseDigitalLinkPath(url.pathname)
  if (!parsed || !isValidGtin(parsed.gtin)) return null
  return { gtin: toGtin14(parsed.gtin), code: parsed.lot }
}

export function refKey(ref: LotRef): string {
  return "short_code" in ref ? `t:${ref.short_code}` : `dl:${ref.gtin}:${ref.code}`
}

export function lotKeys(lot: { gtin: string | null; code: string; short_code: string }): string[] {
  const keys = [`t:${lot.short_code}`]
  if (lot.gtin) keys.push(`dl:${lot.gtin}:${lot.code}`)
  return keys
}
