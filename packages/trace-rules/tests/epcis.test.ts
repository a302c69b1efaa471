import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  buildTraceEvent,
  EPCIS_CONTEXT,
  epcClassesOf,
  epcisDocument,
  errorDeclarationOf,
  newEventId,
  validateEpcisDocument,
  validateEpcisEvent,
} from "../epcis.mjs"
import type { EpcisEvent } from "../index.js"
import { CHOSO_EPCIS_NAMESPACE, STEP_EPCIS, stepOfEvent, TRACE_STEPS } from "../index.mjs"
import { buildChain, epcClass, traceEvents } from "./fixture.js"

const schema = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, "../epcis-2.0-schema", name), "utf8")) as {
    definitions: Record<string, { anyOf: { enum?: string[] }[] }>
  }
const enumOf = (name: string, definition: string) =>
  schema(name).definitions[definition].anyOf.find((branch) => branch.enum)?.enum ?? []

const CREATED = "2025-03-08T03:00:00.000Z"

describe("trace steps as EPCIS 2.0 events", () => {
  it("every step's bizStep and disposition are names GS1's vendored schemas enumerate", () => {
    const bizSteps = enumOf("bizStep-JSON-Schema.json", "bizStep")
    const dispositions = enumOf("disposition-JSON-Schema.json", "disposition")
    expect(bizSteps).toContain("commissioning")
    expect(bizSteps).not.toContain("harvesting")
    for (const step of TRACE_STEPS) {
      const spec = STEP_EPCIS[step]
      expect(bizSteps).toContain(spec.bizStep)
      expect(dispositions).toContain(spec.disposition)
      if (spec.type === "TransformationEvent") expect(spec.action).toBeUndefined()
      else expect(["ADD", "OBSERVE"]).toContain(spec.action)
    }
    expect(STEP_EPCIS.harvest).toEqual({
      type: "ObjectEvent",
      bizStep: "commissioning",
      action: "ADD",
      disposition: "active",
    })
    expect(STEP_EPCIS.processing.type).toBe("TransformationEvent")
    expect(STEP_EPCIS.inspecting.disposition).toBe("conformant")
    expect(STEP_EPCIS.shipping.disposition).toBe("in_transit")
  })

  it.each(TRACE_STEPS)("%s builds an event GS1's schema accepts", (step) => {
    const event = buildTraceEvent({
      step,
      lot: { epcClass },
      eventTime: "2025-03-01T08:00:00+07:00",
      quantity: { value: 12.5, uom: "KGM" },
      inputs:
        step === "processing" ? [{ epcClass: "https://choso.vn/t/4D5E6F7", quantity: 20, uom: "KGM" }] : undefined,
      readPoint: "https://choso.vn/dia-danh/24175",
      bizLocation: "https://choso.vn/dia-danh/24175",
      placeName: "Ea Tu",
      note: "ghi chú",
      photos: [
        { url: "https://choso.vn/p.webp", sha256: "ab".repeat(32), mime_type: "image/webp" },
        {
          url: "https://choso.vn/q.webp",
          sha256: "cd".repeat(32),
          mime_type: "image/webp",
          thumbnail_url: "https://choso.vn/q-192.webp",
        },
      ],
    })
    expect(validateEpcisEvent(event)).toEqual({ valid: true })
    const spec = STEP_EPCIS[step]
    expect(event).toMatchObject({
      type: spec.type,
      bizStep: spec.bizStep,
      disposition: spec.disposition,
      eventTime: "2025-03-01T01:00:00.000Z",
      eventTimeZoneOffset: "+07:00",
      readPoint: { id: "https://choso.vn/dia-danh/24175" },
      bizLocation: { id: "https://choso.vn/dia-danh/24175" },
      "choso:step": step,
      "choso:placeName": "Ea Tu",
      "choso:note": "ghi chú",
      "choso:photos": [
        { url: "https://choso.vn/p.webp", sha256: "ab".repeat(32), mimeType: "image/webp" },
        {
          url: "https://choso.vn/q.webp",
          sha256: "cd".repeat(32),
          mimeType: "image/webp",
          thumbnailUrl: "https://choso.vn/q-192.webp",
        },
      ],
    })
    expect(event.eventID).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    if (step === "processing") {
      expect(event.action).toBeUndefined()
      expect(event.inputQuantityList).toEqual([{ epcClass: "https://choso.vn/t/4D5E6F7", quantity: 20, uom: "KGM" }])
      expect(event.outputQuantityList).toEqual([{ epcClass, quantity: 12.5, uom: "KGM" }])
      expect(event.quantityList).toBeUndefined()
    } else {
      expect(event.action).toBe(spec.action)
      expect(event.quantityList).toEqual([{ epcClass, quantity: 12.5, uom: "KGM" }])
    }
    expect(stepOfEvent(event)).toBe(step)
    // What jsonb stores and hands back: nothing undefined that JSON would drop.
    expect(JSON.parse(JSON.stringify(event))).toStrictEqual(event)
  })

  it("minimal events are valid too: no quantity, no places, a processing step without inputs", () => {
    for (const step of TRACE_STEPS) {
      const event = buildTraceEvent({
        step,
        lot: { epcClass },
        eventTime: "2025-03-01T01:00:00Z",
        eventId: "urn:uuid:1",
      })
      expect(validateEpcisEvent(event)).toEqual({ valid: true })
      expect(event.eventID).toBe("urn:uuid:1")
      expect(Object.keys(event).some((k) => ["choso:note", "choso:photos", "readPoint"].includes(k))).toBe(false)
    }
    const processing = buildTraceEvent({ step: "processing", lot: { epcClass }, eventTime: "2025-03-01T01:00:00Z" })
    expect(processing.transformationID).toBe(processing.eventID)
    expect(processing.outputQuantityList).toEqual([{ epcClass }])
    // A count: no unit of measure.
    const packed = buildTraceEvent({
      step: "packing",
      lot: { epcClass },
      eventTime: "2025-03-01T01:00:00Z",
      quantity: { value: 40 },
    })
    expect(packed.quantityList).toEqual([{ epcClass, quantity: 40 }])
    expect(() => buildTraceEvent({ step: "harvest", lot: { epcClass }, eventTime: "hôm qua" })).toThrow(RangeError)
    expect(() => buildTraceEvent({ step: "harvesting" as "harvest", lot: { epcClass }, eventTime: CREATED })).toThrow(
      RangeError
    )
  })

  it("a document of the whole chain validates, declarations included, and declares the choso prefix", () => {
    const { entries } = buildChain()
    const doc = epcisDocument(
      entries.map((e) => e.event),
      { creationDate: CREATED }
    )
    expect(validateEpcisDocument(doc)).toEqual({ valid: true })
    expect(doc).toMatchObject({ type: "EPCISDocument", schemaVersion: "2.0", creationDate: CREATED })
    expect(doc["@context"]).toEqual([
      "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
      { choso: CHOSO_EPCIS_NAMESPACE },
    ])
    expect(doc["@context"]).toEqual(EPCIS_CONTEXT)
    const prefixes = new Set(
      doc.epcisBody.eventList.flatMap((e) =>
        Object.keys(e)
          .filter((k) => k.includes(":"))
          .map((k) => k.split(":")[0])
      )
    )
    expect([...prefixes]).toEqual(["choso"])
    // The export the store route serves: chain fields added as extensions.
    const exported = epcisDocument(
      entries.map((e) => ({ ...e.event, "choso:seq": e.seq, "choso:hash": e.hash, "choso:prevHash": e.prev_hash })),
      { creationDate: CREATED }
    )
    expect(validateEpcisDocument(exported)).toEqual({ valid: true })
  })

  it("an error declaration keeps the eventID, validates and leaves the original alone", () => {
    const [harvest] = traceEvents()
    const before = structuredClone(harvest)
    const corrective = newEventId()
    const declared = errorDeclarationOf(harvest, {
      declarationTime: "2025-03-08T10:00:00+07:00",
      reason: "did_not_occur",
      correctiveEventIDs: [corrective],
    })
    expect(declared.eventID).toBe(harvest.eventID)
    expect(declared.errorDeclaration).toEqual({
      declarationTime: "2025-03-08T03:00:00.000Z",
      reason: "did_not_occur",
      correctiveEventIDs: [corrective],
    })
    expect(harvest).toStrictEqual(before)
    expect(validateEpcisEvent(declared)).toEqual({ valid: true })
    const bare = errorDeclarationOf(harvest, { declarationTime: CREATED, reason: "incorrect_data" })
    expect(bare.errorDeclaration).toEqual({ declarationTime: CREATED, reason: "incorrect_data" })
    expect(validateEpcisEvent(bare)).toEqual({ valid: true })
  })

  it("epcClassesOf lists every class an event names, once", () => {
    const [harvest, processing] = traceEvents()
    expect(epcClassesOf(harvest)).toEqual([epcClass])
    expect(epcClassesOf(processing).sort()).toEqual(
      [epcClass, "https://choso.vn/t/4D5E6F7", "https://id.gs1.org/01/02012345000025/10/CF-2025.02"].sort()
    )
    expect(
      epcClassesOf({
        type: "ObjectEvent",
        epcList: ["https://id.gs1.org/01/04006381333931/21/1", "https://id.gs1.org/01/04006381333931/21/1"],
        quantityList: [{ epcClass }, { quantity: 3 }],
      })
    ).toEqual(["https://id.gs1.org/01/04006381333931/21/1", epcClass])
    expect(epcClassesOf(null)).toEqual([])
    expect(epcClassesOf({ type: "ObjectEvent", quantityList: "x" })).toEqual([])
  })

  it("stepOfEvent reads events captured from elsewhere by their bizStep", () => {
    const base = { type: "ObjectEvent", eventTime: CREATED, eventTimeZoneOffset: "+07:00", action: "OBSERVE" }
    expect(stepOfEvent({ ...base, bizStep: "shipping" })).toBe("shipping")
    expect(stepOfEvent({ ...base, bizStep: "https://ref.gs1.org/cbv/BizStep-receiving" })).toBe("receiving")
    expect(stepOfEvent({ ...base, bizStep: "urn:epcglobal:cbv:bizstep:packing" })).toBe("packing")
    expect(stepOfEvent({ ...base, action: "ADD", bizStep: "commissioning" })).toBe("harvest")
    expect(stepOfEvent({ ...base, type: "TransformationEvent", bizStep: "commissioning" })).toBe("processing")
    expect(stepOfEvent({ ...base, bizStep: "retail_selling" })).toBeNull()
    expect(stepOfEvent({ ...base, bizStep: "constructor" })).toBeNull()
    expect(stepOfEvent({ ...base, "choso:step": "storing", bizStep: "shipping" })).toBe("storing")
    expect(stepOfEvent({ ...base, "choso:step": "nope", bizStep: "shipping" })).toBe("shipping")
    expect(stepOfEvent(null)).toBeNull()
  })
})

describe("refusals name the place to fix", () => {
  const good = (): EpcisEvent => traceEvents()[0]
  const docOf = (event: unknown) => ({
    ...epcisDocument([], { creationDate: CREATED }),
    epcisBody: { eventList: [event] },
  })
  const refusal = (event: unknown) => {
    const result = validateEpcisDocument(docOf(event))
    expect(result.valid).toBe(false)
    return result.valid ? [] : result.errors
  }

  it("a missing eventTime", () => {
    const { eventTime: _, ...event } = good()
    expect(refusal(event)).toEqual([{ path: "/epcisBody/eventList/0/eventTime", message: "is required" }])
    expect(validateEpcisEvent(event)).toEqual({
      valid: false,
      errors: [{ path: "/eventTime", message: "is required" }],
    })
  })

  it("bizStep harvesting, which CBV does not have", () => {
    const errors = refusal({ ...good(), bizStep: "harvesting" })
    expect(errors).toHaveLength(1)
    expect(errors[0].path).toBe("/epcisBody/eventList/0/bizStep")
    expect(errors[0].message).toContain('"commissioning"')
    expect(errors[0].message).toContain("URI")
    // The old EPCIS 1.x URN is refused as well.
    expect(refusal({ ...good(), bizStep: "urn:epcglobal:cbv:bizstep:commissioning" })[0].path).toBe(
      "/epcisBody/eventList/0/bizStep"
    )
  })

  it("a bad action, and an action on a TransformationEvent", () => {
    expect(refusal({ ...good(), action: "CREATE" })).toEqual([
      { path: "/epcisBody/eventList/0/action", message: 'must be one of "OBSERVE", "ADD", "DELETE"' },
    ])
    const processing = traceEvents()[1]
    expect(refusal({ ...processing, action: "ADD" }).map((e) => e.path)).toEqual(["/epcisBody/eventList/0/action"])
  })

  it("several problems at once, each at its place", () => {
    const event = {
      ...good(),
      eventTimeZoneOffset: "+7",
      disposition: "fresh",
      note: "an extension without a prefix",
      quantityList: [{ epcClass: "not a uri", quantity: "12", uom: "kilo" }],
    }
    const paths = refusal(event).map((e) => e.path)
    expect(paths.sort()).toEqual(
      [
        "/epcisBody/eventList/0/eventTimeZoneOffset",
        "/epcisBody/eventList/0/disposition",
        "/epcisBody/eventList/0/note",
        "/epcisBody/eventList/0/quantityList/0/epcClass",
        "/epcisBody/eventList/0/quantityList/0/quantity",
        "/epcisBody/eventList/0/quantityList/0/uom",
      ].sort()
    )
  })

  it("an ObjectEvent with nothing to observe; a transformation with neither side", () => {
    const { quantityList: _, readPoint: _r, ...event } = good()
    const [error] = refusal(event)
    expect(error.path).toBe("/epcisBody/eventList/0")
    expect(error.message).toBe('must have "epcList" or "quantityList" or ("sensorElementList" and "readPoint")')
    // With a readPoint, only the sensor data would be missing from that alternative.
    expect(refusal({ ...event, readPoint: { id: "https://choso.vn/dia-danh/24175" } })[0].message).toBe(
      'must have "epcList" or "quantityList" or "sensorElementList"'
    )
    const { outputQuantityList: _o, inputQuantityList: _i, ...transformation } = traceEvents()[1]
    expect(refusal(transformation)[0].message).toMatch(/inputQuantityList.*transformationID/)
    const { outputQuantityList: _out, ...inputsOnly } = traceEvents()[1]
    expect(refusal(inputsOnly)).toEqual([
      {
        path: "/epcisBody/eventList/0",
        message: 'must have "outputEPCList" or "outputQuantityList" or "transformationID"',
      },
    ])
    // An empty list is present but wrong: that is what is reported, not the other alternatives.
    expect(refusal({ ...good(), quantityList: [] })).toEqual([
      { path: "/epcisBody/eventList/0/quantityList", message: "must NOT have fewer than 1 items" },
    ])
  })

  it("the document's own fields", () => {
    const result = validateEpcisDocument({ type: "EPCISDocument", schemaVersion: 2, epcisBody: {}, extra: 1 })
    expect(result.valid).toBe(false)
    const paths = result.valid ? [] : result.errors.map((e) => e.path).sort()
    expect(paths).toEqual(["/@context", "/creationDate", "/epcisBody/eventList", "/extra", "/schemaVersion"])
    expect(validateEpcisDocument(null)).toMatchObject({ valid: false })
    expect(validateEpcisDocument({ ...docOf(good()), type: "EPCISQueryDocument" })).toMatchObject({ valid: false })
  })
})
