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
  // GS1's files compile in ajv's strict mode. allErrors lets one refusal list every problem;
  // verbose gives readable() each anyOf's branches.
  const ajv = new Ajv({ allErrors: true, verbose: true })
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

/**
 * One readable error, with what is needed to merge it into the combinator it came from.
 * `required` lists the properties it asks for and `need` says how ('"a" or "b"'), for an error
 * that only asks for properties.
 * @typedef {{ path: string, message: string, instancePath: string, schemaPath: string,
 *   keyword: string, required: string[], need?: string }} Item
 */

/** @param {unknown} v */
const quote = (v) => JSON.stringify(v)

/** @param {ErrorObject} error */
function messageOf(error) {
  switch (error.keyword) {
    case "required":
      return "is required"
    case "enum": {
      const values = /** @type {unknown[]} */ (error.params.allowedValues)
      const shown = values.slice(0, 50).map(quote)
      return `must be one of ${shown.join(", ")}${values.length > shown.length ? ", …" : ""}`
    }
    case "format":
      if (error.params.format === "uri") return "must be a URI"
      if (error.params.format === "date-time")
        return "must be a date-time with a time zone, e.g. 2025-03-01T08:00:00+07:00"
      return error.message ?? "has the wrong format"
    case "pattern": {
      if (error.instancePath.endsWith("/eventTimeZoneOffset")) return "must be an offset from UTC such as +07:00"
      const exact = /^\^([A-Za-z0-9_]+)\$$/.exec(String(error.params.pattern))
      return exact ? `must be ${quote(exact[1])}` : (error.message ?? "has the wrong form")
    }
    case "additionalProperties":
      return "is not allowed here"
    default:
      return error.message ?? error.keyword
  }
}

/**
 * ajv's errors (allErrors), made readable for whoever sent the document:
 * - "if" and "allOf" wrappers are dropped;
 * - a missing property is reported at the property ("/eventTime is required");
 * - a property that is not allowed is reported once, at the property, instead of as the failed
 *   alternatives of GS1's propertyNames rule;
 * - the failed branches of an anyOf/oneOf are merged into one error ("must be a URI, or must be
 *   one of …"); a merged error is dropped when a plainer one already names the same path.
 * ajv pushes a combinator's branch errors just before the combinator's own, so a combinator claims
 * the run of preceding errors that lie inside it: under its schema path, or reached through a
 * $ref at its instance path.
 * @param {ErrorObject[]} errors
 * @param {unknown} data what was validated
 * @returns {EpcisProblem[]}
 */
function readable(errors, data) {
  /** @type {Item[]} */
  const out = []
  const branchErrors = errors.filter((e) => !isMissingAlternative(e, errors, data))
  for (const error of branchErrors) {
    const at = error.instancePath
    if (error.keyword === "if" || error.keyword === "allOf") continue
    if (error.keyword === "propertyNames") {
      while (out.length > 0) {
        const prev = out[out.length - 1]
        if (prev.instancePath !== at || prev.required.length > 0) break
        out.pop()
      }
      const name = String(error.params.propertyName)
      out.push({
        path: `${at}/${name}`,
        message:
          "is not a property of this object; an extension's name must be a URI or a prefixed name such as choso:note",
        instancePath: at,
        schemaPath: error.schemaPath,
        keyword: "propertyNames",
        required: [],
      })
      continue
    }
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      let start = out.length
      while (start > 0) {
        const prev = out[start - 1]
        const inside =
          prev.schemaPath.startsWith(`${error.schemaPath}/`) ||
          (prev.instancePath === at && prev.required.length === 0 && /\.json#/.test(prev.schemaPath))
        if (!inside) break
        start--
      }
      const branches = out.splice(start)
      // No branch error left: the alternative present failed on its own, and says so elsewhere.
      if (branches.length > 0 || branchErrors.length === 1) out.push(mergeBranches(error, branches))
      continue
    }
    out.push({
      path: error.keyword === "required" ? `${at}/${String(error.params.missingProperty)}` : at,
      message: messageOf(error),
      instancePath: at,
      schemaPath: error.schemaPath,
      keyword: error.keyword,
      required: error.keyword === "required" ? [String(error.params.missingProperty)] : [],
      need: error.keyword === "required" ? quote(String(error.params.missingProperty)) : undefined,
    })
  }
  const plain = new Set(out.filter((i) => i.keyword !== "merged").map((i) => i.path))
  const seen = new Set()
  /** @type {EpcisProblem[]} */
  const problems = []
  for (const item of out) {
    if (item.keyword === "merged" && item.required.length === 0 && plain.has(item.path)) continue
    const key = `${item.path}\u0000${item.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ path: item.path, message: item.message })
  }
  return problems
}

/** @param {unknown} data @param {string} pointer */
function at(data, pointer) {
  let value = data
  for (const token of pointer.split("/").slice(1)) {
    if (!value || typeof value !== "object") return undefined
    value = /** @type {Record<string, unknown>} */ (value)[token.replace(/~1/g, "/").replace(/~0/g, "~")]
  }
  return value
}

/**
 * The property names a schema's branches require, through allOf/anyOf/oneOf (not $ref).
 * @param {unknown} schema
 * @param {Set<string>} names
 */
function requiredNames(schema, names = new Set()) {
  if (Array.isArray(schema)) {
    for (const s of schema) requiredNames(s, names)
  } else if (schema && typeof schema === "object") {
    const s = /** @type {Record<string, unknown>} */ (schema)
    if (Array.isArray(s.required)) for (const name of s.required) names.add(String(name))
    for (const key of ["allOf", "anyOf", "oneOf"]) requiredNames(s[key], names)
  }
  return names
}

/**
 * A property an anyOf branch requires ("epcList", when an ObjectEvent needs epcList or
 * quantityList) is noise when the object has everything another branch of the same anyOf requires:
 * that branch failed on its content, whose errors are the ones to read.
 * @param {ErrorObject} error
 * @param {ErrorObject[]} errors all of them, with verbose schemas
 * @param {unknown} data
 */
function isMissingAlternative(error, errors, data) {
  if (error.keyword !== "required") return false
  const object = at(data, error.instancePath)
  if (!object || typeof object !== "object") return false
  return errors.some(
    (c) =>
      (c.keyword === "anyOf" || c.keyword === "oneOf") &&
      c.instancePath === error.instancePath &&
      error.schemaPath.startsWith(`${c.schemaPath}/`) &&
      Array.isArray(c.schema) &&
      c.schema.some((branch) => {
        const names = [...requiredNames(branch)]
        return names.length > 0 && names.every((name) => Object.hasOwn(object, name))
      })
  )
}

/**
 * @param {ErrorObject} error the failed anyOf/oneOf
 * @param {Item[]} branches the errors of its branches
 * @returns {Item}
 */
function mergeBranches(error, branches) {
  const at = error.instancePath
  /** @type {Item} */
  const merged = {
    path: at,
    message: "",
    instancePath: at,
    schemaPath: error.schemaPath,
    keyword: "merged",
    required: [],
  }
  if (branches.length === 0) return { ...merged, message: error.message ?? "matches none of the allowed forms" }
  if (branches.every((b) => b.need && b.instancePath === at)) {
    // A branch can ask for several properties ("sensorElementList" and "readPoint").
    /** @type {Map<string, string[]>} */
    const byBranch = new Map()
    for (const b of branches) {
      const index = b.schemaPath.slice(error.schemaPath.length + 1).split("/")[0]
      byBranch.set(index, [...(byBranch.get(index) ?? []), b.need ?? ""])
    }
    const group = (/** @type {string} */ need, /** @type {string} */ op) =>
      need.includes(op === "and" ? " or " : " and ") ? `(${need})` : need
    const alternatives = [...byBranch.values()].map((needs) =>
      needs.length === 1 ? needs[0] : needs.map((n) => group(n, "and")).join(" and ")
    )
    const need = alternatives.map((n) => group(n, "or")).join(" or ")
    const names = [...new Set(branches.flatMap((b) => b.required))]
    return { ...merged, message: `must have ${need}`, required: names, need }
  }
  const paths = new Set(branches.map((b) => b.path))
  const [only] = paths
  const path = paths.size === 1 ? only : at
  const messages = branches.map((b) => (b.path === path ? b.message : `${b.path.slice(path.length + 1)} ${b.message}`))
  return { ...merged, path, message: [...new Set(messages)].join(", or ") }
}

/**
 * @param {ValidateFunction} validate
 * @param {unknown} value
 * @returns {EpcisValidation}
 */
function run(validate, value) {
  if (validate(value)) return { valid: true }
  const errors = readable(validate.errors ?? [], value)
  // Never refuse without a reason, should the merging above ever leave nothing.
  if (errors.length === 0) {
    const raw = (validate.errors ?? []).filter((e) => e.keyword !== "if")
    return { valid: false, errors: raw.map((e) => ({ path: e.instancePath, message: e.message ?? e.keyword })) }
  }
  return { valid: false, errors }
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
    event["choso:photos"] = input.photos.map((p) => ({
      url: p.url,
      sha256: p.sha256,
      mimeType: p.mime_type,
      ...(p.thumbnail_url ? { thumbnailUrl: p.thumbnail_url } : {}),
    }))
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
      const epcClass =
        element && typeof element === "object" ? /** @type {{ epcClass?: unknown }} */ (element).epcClass : undefined
      if (typeof epcClass === "string") found.add(epcClass)
    }
  }
  return [...found]
}
