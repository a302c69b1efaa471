// EPCIS 2.0 events and documents for trace steps, and their validation against GS1's JSON
// schemas (vendored unchanged in ./epcis-2.0-schema; node only). The events carry Chợ Số's
// extensions under the "choso" prefix, which EPCIS_CONTEXT declares.

import { randomUUID } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import AjvModule from "ajv"
import formatsModule from "ajv-formats"
import { CHOSO_EPCIS_NAMESPACE, STEP_EPCIS, VIETNAM_TZ_OFFSET } from "./index.mjs"

/** @typedef {import("./index.js").EpcisEvent} EpcisEvent */
/** @typedef {import("./index.js").QuantityElement} QuantityElement */
/** @typedef {import("./epcis.js").EpcisProblem} EpcisProblem */
/** @typedef {import("./epcis.js").EpcisValidation} EpcisValidation */
/** @typedef {import("./epcis.js").EPCISDocument} EPCISDocument */
/** @typedef {import("./epcis.js").TraceEventInput} TraceEventInput */
/** @typedef {import("ajv").ErrorObject} ErrorObject */
/** @typedef {import("ajv").ValidateFunction} ValidateFunction */

// ajv and ajv-formats are CommonJS modules whose exports object is also their default export.
const Ajv = AjvModule.default
const addFormats = formatsModule.default

export const EPCIS_CONTEXT_URL = /** @type {const} */ ("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld")
/** @type {typeof import("./epcis.js").EPCIS_CONTEXT} */
export const EPCIS_CONTEXT = Object.freeze([EPCIS_CONTEXT_URL, Object.freeze({ choso: CHOSO_EPCIS_NAMESPACE })])

const SCHEMA_BASE = "https://gs1.github.io/EPCIS/JSON-Schema/"
const DOCUMENT_SCHEMA = `${SCHEMA_BASE}EPCIS-Document-JSON-Schema.json#/definitions/epcisDocument`
const EVENT_SCHEMA = `${SCHEMA_BASE}EPCIS-Event-JSON-Schema.json#/definitions/EPCIS-Document-Event`

/** @type {{ document: ValidateFunction, event: ValidateFunction } | null} */
let compiled = null

/**
 * GS1's schemas, compiled once on first use. Each file declares the $id its siblings' relative
 * $refs resolve against (…/JSON-Schema/X.json, …/JSON-Schema/schemas/Y.json), so they are added
 * under their own ids.
 */
function validators() {
  if (compiled) return compiled
  const dir = new URL("./epcis-2.0-schema/", import.meta.url)
  // The schemas declare draft-07 and use if/then without types: strict mode would refuse them.
  const ajv = new Ajv({ allErrors: true, strict: false })
  // ajv-formats may resolve another copy of ajv than ours (npm nests one): the plugin only calls
  // addFormat/addKeyword, which every ajv 8 has, so its types are bridged here.
  addFormats(/** @type {Parameters<typeof addFormats>[0]} */ (/** @type {unknown} */ (ajv)))
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(name, dir), "utf8")))
  }
  compiled = {
    document: ajv.compile({ $ref: DOCUMENT_SCHEMA }),
    event: ajv.compile({ $ref: EVENT_SCHEMA }),
  }
  return compiled
}

const COMBINATORS = new Set(["anyOf", "oneOf"])

/**
 * The path an error is about: a missing property is reported at the property, an unknown one at
 * the property too.
 * @param {ErrorObject} error
 */
function pathOf(error) {
  if (error.keyword === "required") return `${error.instancePath}/${String(error.params.missingProperty)}`
  if (error.keyword === "propertyNames" || error.propertyName !== undefined) {
    return `${error.instancePath}/${String(error.propertyName ?? error.params.propertyName)}`
  }
  return error.instancePath
}

/** @param {ErrorObject} error */
function messageOf(error) {
  if (error.keyword === "required") return "is required"
  if (error.keyword === "enum") {
    const values = /** @type {unknown[]} */ (error.params.allowedValues)
    const shown = values.slice(0, 12).map((v) => JSON.stringify(v))
    return `must be one of ${shown.join(", ")}${values.length > shown.length ? ", …" : ""}`
  }
  if (error.keyword === "propertyNames" || error.propertyName !== undefined) {
    return "is not a property of this object (an extension's name must be a URI or a prefixed name)"
  }
  return error.message ?? error.keyword
}

/**
 * ajv's errors, made readable: "if" wrappers dropped; the branches of a failed anyOf/oneOf merged
 * into one error at the combinator's path ("must …, or must …"), since any one of them would do;
 * duplicates removed.
 * @param {ErrorObject[]} errors
 * @returns {EpcisProblem[]}
 */
function readable(errors) {
  /** @type {{ path: string, message: string, instancePath: string, combinator?: boolean }[]} */
  const out = []
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "allOf") continue
    if (error.keyword === "propertyNames") continue // its nested errors name the property
    if (COMBINATORS.has(error.keyword)) {
      // The branches' errors were pushed just before the combinator's: the run at or under its path.
      const at = error.instancePath
      let start = out.length
      while (start > 0) {
        const prev = out[start - 1]
        if (prev.instancePath !== at && !prev.instancePath.startsWith(`${at}/`)) break
        start--
      }
      const branches = out.splice(start)
      if (branches.length === 0) {
        out.push({ path: at, message: error.message ?? error.keyword, instancePath: at, combinator: true })
        continue
      }
      // Required properties missing at the combinator's own object: list the choice at that object.
      const messages = [
        ...new Set(branches.map((b) => (b.path === at ? b.message : `${b.path.slice(at.length + 1)} ${b.message}`))),
      ]
      out.push({ path: at, message: messages.join(", or "), instancePath: at, combinator: true })
      continue
    }
    out.push({ path: pathOf(error), message: messageOf(error), instancePath: error.instancePath })
  }
  const seen = new Set()
  /** @type {EpcisProblem[]} */
  const problems = []
  for (const { path, message } of out) {
    const key = `${path}\u0000${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ path, message })
  }
  return problems
}

/**
 * @param {ValidateFunction} validate
 * @param {unknown} value
 * @returns {EpcisValidation}
 */
function run(validate, value) {
  if (validate(value)) return { valid: true }
  return { valid: false, errors: readable(validate.errors ?? []) }
}

/**
 * An EPCISDocument against GS1's EPCIS 2.0 document schema.
 * @param {unknown} doc
 * @returns {EpcisValidation}
 */
export function validateEpcisDocument(doc) {
  return run(validators().document, doc)
}

/**
 * One event as it sits in a document's eventList (no @context of its own needed).
 * @param {unknown} event
 * @returns {EpcisValidation}
 */
export function validateEpcisEvent(event) {
  return run(validators().event, event)
}

/**
 * @param {readonly EpcisEvent[]} events
 * @param {{ creationDate: string }} options
 * @returns {EPCISDocument}
 */
export function epcisDocument(events, { creationDate }) {
  return {
    "@context": [EPCIS_CONTEXT_URL, { choso: CHOSO_EPCIS_NAMESPACE }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: isoTime(creationDate),
    epcisBody: { eventList: [...events] },
  }
}

export function newEventId() {
  return `urn:uuid:${randomUUID()}`
}

/**
 * @param {string} time
 * @returns {string} the same instant, toISOString()
 */
function isoTime(time) {
  const ms = typeof time === "string" ? Date.parse(time) : Number.NaN
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO time: ${time}`)
  return new Date(ms).toISOString()
}

/**
 * @param {string} epcClass
 * @param {number | undefined} quantity
 * @param {string | undefined} uom
 * @returns {QuantityElement}
 */
function quantityElement(epcClass, quantity, uom) {
  /** @type {QuantityElement} */
  const element = { epcClass }
  if (quantity !== undefined) element.quantity = quantity
  if (quantity !== undefined && uom) element.uom = uom
  return element
}

/**
 * The EPCIS event of a trace step. A harvest and the later handling steps are ObjectEvents over
 * the lot's quantity; processing is a TransformationEvent whose output is the lot and whose inputs
 * are what went in. A processing step with no recorded inputs gets a transformationID (its
 * eventID), as the schema asks of a transformation that lists only one side. eventTime is written
 * in UTC; eventTimeZoneOffset says it happened in Vietnam.
 * @param {TraceEventInput} input
 * @returns {EpcisEvent}
 */
export function buildTraceEvent(input) {
  const spec = STEP_EPCIS[input.step]
  if (!spec) throw new RangeError(`Not a trace step: ${input.step}`)
  const eventID = input.eventId ?? newEventId()
  const output = quantityElement(input.lot.epcClass, input.quantity?.value, input.quantity?.uom)
  /** @type {EpcisEvent} */
  const event = {
    type: spec.type,
    eventID,
    eventTime: isoTime(input.eventTime),
    eventTimeZoneOffset: VIETNAM_TZ_OFFSET,
  }
  if (spec.type === "ObjectEvent") {
    event.action = spec.action
    event.quantityList = [output]
  } else {
    const inputs = (input.inputs ?? []).map((i) => quantityElement(i.epcClass, i.quantity, i.uom))
    if (inputs.length > 0) event.inputQuantityList = inputs
    event.outputQuantityList = [output]
    if (inputs.length === 0) event.transformationID = eventID
  }
  event.bizStep = spec.bizStep
  event.disposition = spec.disposition
  if (input.readPoint) event.readPoint = { id: input.readPoint }
  if (input.bizLocation) event.bizLocation = { id: input.bizLocation }
  event["choso:step"] = input.step
  if (input.placeName) event["choso:placeName"] = input.placeName
  if (input.note) event["choso:note"] = input.note
  if (input.photos && input.photos.length > 0) {
    event["choso:photos"] = input.photos.map((p) => ({ url: p.url, sha256: p.sha256, mimeType: p.mime_type }))
  }
  return event
}

/**
 * The event re-published with an errorDeclaration (same eventID), as EPCIS 2.0 corrects an event.
 * @param {EpcisEvent} event
 * @param {{ declarationTime: string, reason: "incorrect_data" | "did_not_occur", correctiveEventIDs?: string[] }} declaration
 * @returns {EpcisEvent}
 */
export function errorDeclarationOf(event, { declarationTime, reason, correctiveEventIDs }) {
  const copy = /** @type {EpcisEvent} */ (structuredClone(event))
  copy.errorDeclaration = {
    declarationTime: isoTime(declarationTime),
    reason,
    ...(correctiveEventIDs && correctiveEventIDs.length > 0 ? { correctiveEventIDs: [...correctiveEventIDs] } : {}),
  }
  return copy
}

const QUANTITY_LISTS = ["quantityList", "inputQuantityList", "outputQuantityList", "childQuantityList"]
const EPC_LISTS = ["epcList", "inputEPCList", "outputEPCList", "childEPCs"]

/**
 * Every EPC class and EPC an event names (its lists of quantities and of instances, and an
 * aggregation's parent), each once, in order of appearance.
 * @param {unknown} event
 * @returns {string[]}
 */
export function epcClassesOf(event) {
  if (!event || typeof event !== "object") return []
  const e = /** @type {Record<string, unknown>} */ (event)
  /** @type {Set<string>} */
  const found = new Set()
  if (typeof e.parentID === "string") found.add(e.parentID)
  for (const list of EPC_LISTS) {
    const value = e[list]
    if (Array.isArray(value)) for (const epc of value) if (typeof epc === "string") found.add(epc)
  }
  for (const list of QUANTITY_LISTS) {
    const value = e[list]
    if (!Array.isArray(value)) continue
    for (const element of value) {
      const epcClass = element && typeof element === "object" ? /** @type {{ epcClass?: unknown }} */ (element).epcClass : undefined
      if (typeof epcClass === "string") found.add(epcClass)
    }
  }
  return [...found]
}
