// Traceability rules shared by the traceability plugin, the storefront (labels, the trace page)
// and the seed: trace steps and their EPCIS 2.0 / CBV 2.0 vocabulary, GTIN check digits, lot
// codes, GS1 Digital Link paths and A4 label sheets. Browser-safe: no node imports. The hash
// chain lives in ./chain.mjs and EPCIS documents in ./epcis.mjs (both node only).

/** @typedef {import("./index.js").TraceStep} TraceStep */
/** @typedef {import("./index.js").StepEpcis} StepEpcis */
/** @typedef {import("./index.js").LabelSize} LabelSize */
/** @typedef {import("./index.js").LabelSheet} LabelSheet */
/** @typedef {import("./index.js").LotUnit} LotUnit */

export const TRACE_STEPS = /** @type {const} */ ([
  "harvest",
  "processing",
  "packing",
  "inspecting",
  "storing",
  "shipping",
  "receiving",
])

/**
 * Each step as an EPCIS event. bizStep and disposition are bare CBV 2.0 names that GS1's
 * bizStep and disposition schemas enumerate: CBV has no "harvesting", so a harvest commissions
 * the lot (ADD); processing turns inputs into the lot (a TransformationEvent, which has no action).
 * @type {Readonly<Record<TraceStep, Readonly<StepEpcis>>>}
 */
export const STEP_EPCIS = Object.freeze({
  harvest: Object.freeze({ type: "ObjectEvent", bizStep: "commissioning", action: "ADD", disposition: "active" }),
  processing: Object.freeze({ type: "TransformationEvent", bizStep: "commissioning", disposition: "active" }),
  packing: Object.freeze({ type: "ObjectEvent", bizStep: "packing", action: "OBSERVE", disposition: "in_progress" }),
  inspecting: Object.freeze({
    type: "ObjectEvent",
    bizStep: "inspecting",
    action: "OBSERVE",
    disposition: "conformant",
  }),
  storing: Object.freeze({
    type: "ObjectEvent",
    bizStep: "storing",
    action: "OBSERVE",
    disposition: "sellable_not_accessible",
  }),
  shipping: Object.freeze({ type: "ObjectEvent", bizStep: "shipping", action: "OBSERVE", disposition: "in_transit" }),
  receiving: Object.freeze({
    type: "ObjectEvent",
    bizStep: "receiving",
    action: "OBSERVE",
    disposition: "in_progress",
  }),
})

/** @param {unknown} value @returns {value is TraceStep} */
function isTraceStep(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (TRACE_STEPS).includes(value)
}

/** @type {Record<string, TraceStep>} */
const STEP_OF_BIZSTEP = {
  commissioning: "harvest",
  packing: "packing",
  inspecting: "inspecting",
  storing: "storing",
  shipping: "shipping",
  receiving: "receiving",
}

/**
 * The step of a stored EPCIS event: its "choso:step" when it has one, otherwise from its type and
 * bizStep (bare CBV name, https://ref.gs1.org/cbv/BizStep-… or the EPCIS 1.x URN), for events
 * captured from other systems.
 * @param {unknown} event
 * @returns {TraceStep | null}
 */
export function stepOfEvent(event) {
  if (!event || typeof event !== "object") return null
  const e = /** @type {Record<string, unknown>} */ (event)
  if (isTraceStep(e["choso:step"])) return e["choso:step"]
  if (e.type === "TransformationEvent") return "processing"
  if (typeof e.bizStep !== "string") return null
  const name = e.bizStep
    .replace(/^https?:\/\/ref\.gs1\.org\/cbv\/BizStep-/, "")
    .replace(/^urn:epcglobal:cbv:bizstep:/, "")
  return Object.hasOwn(STEP_OF_BIZSTEP, name) ? STEP_OF_BIZSTEP[name] : null
}

export const LOT_UNITS = /** @type {const} */ (["kg", "g", "l", "ml", "chai", "hop", "goi", "cai", "con", "bo"])

/** @type {Record<string, string>} */
const UOM = { kg: "KGM", g: "GRM", l: "LTR", ml: "MLT" }

/**
 * UN/CEFACT Rec 20 code for a measured unit; counted units (chai, hộp, gói…) have none: the
 * quantity is then a count of the lot's trade items.
 * @param {string} unit
 * @returns {string | undefined}
 */
export function uomOfUnit(unit) {
  return Object.hasOwn(UOM, unit) ? UOM[unit] : undefined
}

/**
 * The lot unit a UN/CEFACT code stands for (KGM → kg); undefined for a code we do not use.
 * @param {string | null | undefined} uom
 * @returns {LotUnit | undefined}
 */
export function unitOfUom(uom) {
  const entry = Object.entries(UOM).find(([, code]) => code === uom)
  return entry ? /** @type {LotUnit} */ (entry[0]) : undefined
}

/** GS1 AI (10) holds at most 20 characters. */
export const LOT_CODE_MAX = /** @type {const} */ (20)
export const LOT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,20}$/

/** @param {unknown} s @returns {s is string} */
export function isValidLotCode(s) {
  return typeof s === "string" && LOT_CODE_PATTERN.test(s)
}

/**
 * GS1 check digit: weights 3, 1, 3, 1… from the rightmost data digit.
 * @param {string} digitsWithoutCheck
 * @returns {number}
 */
export function gtinCheckDigit(digitsWithoutCheck) {
  if (!/^\d{1,17}$/.test(digitsWithoutCheck)) throw new RangeError(`Not GS1 data digits: ${digitsWithoutCheck}`)
  let sum = 0
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - i) - 48
    sum += i % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

/**
 * A GTIN-8, -12, -13 or -14 with a correct check digit.
 * @param {unknown} s
 * @returns {s is string}
 */
export function isValidGtin(s) {
  if (typeof s !== "string" || !/^(\d{8}|\d{12,14})$/.test(s)) return false
  return gtinCheckDigit(s.slice(0, -1)) === Number(s.slice(-1))
}

/**
 * @param {string} s a valid GTIN
 * @returns {string} the same GTIN in 14 digits
 */
export function toGtin14(s) {
  if (!isValidGtin(s)) throw new RangeError(`Not a valid GTIN: ${s}`)
  return s.padStart(14, "0")
}

/** The GTIN-13 prefix of a GTIN (its first three digits after the indicator), or null. @param {string} gtin */
function prefixOf(gtin) {
  return isValidGtin(gtin) ? toGtin14(gtin).slice(1, 4) : null
}

/**
 * Restricted-circulation numbers (GTIN-13 prefix 02, 20–29): never sold under that number
 * outside a company or a country — what demo data uses instead of inventing a real one.
 * @param {string} gtin14
 */
export function isRestrictedCirculation(gtin14) {
  const prefix = prefixOf(gtin14)
  return prefix !== null && (prefix.startsWith("02") || prefix.startsWith("2"))
}

/**
 * GS1 Vietnam's prefix 893: such numbers belong to its members; never invent one.
 * @param {string} gtin14
 */
export function isGs1VietnamPrefix(gtin14) {
  return prefixOf(gtin14) === "893"
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or off a smudged label stays unambiguous. */
export const SHORT_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{7}$/
const SHORT_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/** Seven random characters (35 bits); the caller retries on the rare collision. */
export function randomShortCode() {
  const bytes = new Uint8Array(7)
  globalThis.crypto.getRandomValues(bytes)
  // 256 is a multiple of 32: the low five bits are uniform.
  return Array.from(bytes, (b) => SHORT_CODE_ALPHABET[b & 31]).join("")
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * "YYYY-MM-DD" → GS1 AI (17) "YYMMDD".
 * @param {string} day
 */
function ai17(day) {
  const match = DAY.exec(day)
  if (!match) throw new RangeError(`Not a day: ${day}`)
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new RangeError(`Not a day: ${day}`)
  }
  return `${match[1].slice(2)}${match[2]}${match[3]}`
}

/**
 * GS1 Digital Link path of a lot: "/01/{GTIN-14}/10/{lot}", plus "?17=YYMMDD" with an expiry.
 * @param {string} gtin14 any valid GTIN; written in 14 digits
 * @param {string} lot
 * @param {string | null} [expiresOn] "YYYY-MM-DD"
 */
export function digitalLinkPath(gtin14, lot, expiresOn) {
  if (typeof lot !== "string" || lot.length < 1 || lot.length > LOT_CODE_MAX) {
    throw new RangeError(`Not a lot (AI 10): ${lot}`)
  }
  const path = `/01/${toGtin14(gtin14)}/10/${encodeURIComponent(lot)}`
  return expiresOn ? `${path}?17=${ai17(expiresOn)}` : path
}

/** @param {string} code */
export function shortTracePath(code) {
  if (!SHORT_CODE_PATTERN.test(code)) throw new RangeError(`Not a short code: ${code}`)
  return `/t/${code}`
}

const DIGITAL_LINK = /^\/01\/(\d{8}|\d{12,14})\/10\/([^/]+)(?:\/21\/[^/]+)?\/?$/

/**
 * The GTIN (14 digits) and lot of a Digital Link path; a /21/{serial} tail, a query and a
 * fragment are accepted and ignored. null for anything else, a wrong check digit included.
 * @param {string} pathname
 * @returns {{ gtin: string, lot: string } | null}
 */
export function parseDigitalLinkPath(pathname) {
  if (typeof pathname !== "string") return null
  const match = DIGITAL_LINK.exec(pathname.replace(/[?#].*$/s, ""))
  if (!match || !isValidGtin(match[1])) return null
  let lot
  try {
    lot = decodeURIComponent(match[2])
  } catch {
    return null
  }
  // AI 10 allows GS1's 82-character set; control characters never belong in one.
  if (lot.length > LOT_CODE_MAX || /[\u0000-\u001f\u007f]/.test(lot)) return null
  return { gtin: toGtin14(match[1]), lot }
}

export const A4_MM = Object.freeze({ width: /** @type {const} */ (210), height: /** @type {const} */ (297) })

/**
 * Common A4 label sheets (the 65-, 21- and 8-up layouts every stationer sells). Each size adds up
 * to 210 × 297 mm: 2 × marginLeft + columns × width + (columns − 1) × gapX = 210, and the same
 * downwards. The small label is too small for a Digital Link QR code a phone reads reliably, so
 * it carries the short link.
 * @type {Readonly<Record<LabelSize, Readonly<LabelSheet>>>}
 */
export const LABEL_SIZES = Object.freeze({
  small: Object.freeze({
    columns: 5,
    rows: 13,
    widthMm: 38.1,
    heightMm: 21.2,
    marginTopMm: 10.7,
    marginLeftMm: 4.75,
    gapXmm: 2.5,
    gapYmm: 0,
    link: "short",
  }),
  medium: Object.freeze({
    columns: 3,
    rows: 7,
    widthMm: 63.5,
    heightMm: 38.1,
    marginTopMm: 15.15,
    marginLeftMm: 7.25,
    gapXmm: 2.5,
    gapYmm: 0,
    link: "digital_link",
  }),
  large: Object.freeze({
    columns: 2,
    rows: 4,
    widthMm: 99.1,
    heightMm: 67.7,
    marginTopMm: 13.1,
    marginLeftMm: 4.65,
    gapXmm: 2.5,
    gapYmm: 0,
    link: "digital_link",
  }),
})

/** Ten sheets of the smallest labels. */
export const LABEL_COUNT_MAX = /** @type {const} */ (650)

/**
 * The URI a lot's label encodes: its Digital Link when it has a GTIN and the label is big enough,
 * its short link otherwise.
 * @param {string} base where the storefront serves trace pages, e.g. "https://choso.vn"
 * @param {import("./index.js").TraceLinkLot} lot
 * @param {LabelSize} [size]
 */
export function traceUriOf(base, lot, size) {
  const root = base.replace(/\/+$/, "")
  const digitalLink = size === undefined || LABEL_SIZES[size].link === "digital_link"
  if (lot.gtin && digitalLink) return `${root}${digitalLinkPath(lot.gtin, lot.code, lot.expires_on)}`
  return `${root}${shortTracePath(lot.short_code)}`
}

/** Where Chợ Số's identifiers live; stable whatever host serves the pages. */
export const CHOSO_ID_BASE = /** @type {const} */ ("https://choso.vn")
export const CHOSO_EPCIS_NAMESPACE = /** @type {const} */ ("https://choso.vn/ns/epcis#")
export const CHOSO_EPCIS_PREFIX = /** @type {const} */ ("choso")

/**
 * The EPC class of a lot: GS1's canonical Digital Link URI when it has a GTIN, else its short link.
 * @param {{ gtin: string | null, code: string, short_code: string }} lot
 */
export function lotEpcClass(lot) {
  if (lot.gtin) return `https://id.gs1.org${digitalLinkPath(lot.gtin, lot.code)}`
  return `${CHOSO_ID_BASE}${shortTracePath(lot.short_code)}`
}

/** @param {string} wardCode the administrative code of a ward or commune */
export function wardLocationId(wardCode) {
  if (!/^[0-9A-Za-z_-]+$/.test(wardCode)) throw new RangeError(`Not a ward code: ${wardCode}`)
  return `${CHOSO_ID_BASE}/dia-danh/${wardCode}`
}

/** Asia/Ho_Chi_Minh has had no daylight saving since 1975. */
export const VIETNAM_TZ_OFFSET = /** @type {const} */ ("+07:00")
