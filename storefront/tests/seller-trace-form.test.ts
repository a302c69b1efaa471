import { gtinCheckDigit, LOT_CODE_PATTERN } from "@choso/trace-rules"
import { describe, expect, it } from "vitest"
import {
  checkEventForm,
  checkLotForm,
  type EventFormValues,
  eventFormData,
  type LotFormValues,
  parseQuantity,
  readLotForm,
  suggestLotCode,
  toLotInput,
  vietnamLocalNow,
  vietnamLocalToIso,
} from "~/lib/seller-trace-form"

const TODAY = "2026-06-05"
const VALID_GTIN = `893456789012${gtinCheckDigit("893456789012")}`

const LOT: LotFormValues = {
  variant_id: "variant_1",
  code: "L260605",
  gtin: "",
  produced_on: "2026-06-04",
  expires_on: "2027-06-04",
  quantity: "120",
  unit: "kg",
  origin_province_code: "96",
  origin_ward_code: "32248",
  origin_place: "Ấp 3, rừng tràm U Minh Hạ",
}

describe("the lot form", () => {
  it("accepts a complete lot, with or without a GTIN", () => {
    expect(checkLotForm(LOT, TODAY)).toEqual({})
    expect(checkLotForm({ ...LOT, gtin: VALID_GTIN }, TODAY)).toEqual({})
  })

  it("refuses codes the labels cannot carry", () => {
    for (const code of ["", "LÔ 1", "L 260605", "A".repeat(21), "L/1"]) {
      expect(checkLotForm({ ...LOT, code }, TODAY).code, code).toBeDefined()
    }
    expect(checkLotForm({ ...LOT, code: "A".repeat(20) }, TODAY)).toEqual({})
  })

  it("refuses a GTIN with a wrong check digit or length", () => {
    const wrong = `${VALID_GTIN.slice(0, 12)}${(Number(VALID_GTIN[12]) + 1) % 10}`
    expect(checkLotForm({ ...LOT, gtin: wrong }, TODAY).gtin).toBe("sellerTrace.error.gtin_invalid")
    expect(checkLotForm({ ...LOT, gtin: "12345" }, TODAY).gtin).toBe("sellerTrace.error.gtin_invalid")
  })

  it("checks the dates against today and each other", () => {
    expect(checkLotForm({ ...LOT, produced_on: "2026-06-06" }, TODAY).produced_on).toBe(
      "sellerTrace.error.produced_future"
    )
    expect(checkLotForm({ ...LOT, produced_on: "2026-02-30" }, TODAY).produced_on).toBe(
      "sellerTrace.error.date_invalid"
    )
    expect(checkLotForm({ ...LOT, expires_on: "2026-06-01" }, TODAY).expires_on).toBe(
      "sellerTrace.error.expires_before"
    )
    expect(checkLotForm({ ...LOT, expires_on: "" }, TODAY)).toEqual({})
  })

  it("needs a positive quantity, a known unit and the origin", () => {
    const errors = checkLotForm(
      { ...LOT, quantity: "0", unit: "tan", origin_ward_code: "", origin_place: "", variant_id: "" },
      TODAY
    )
    expect(Object.keys(errors).sort()).toEqual(["origin_place", "origin_ward_code", "quantity", "unit", "variant_id"])
  })

  it("reads the code in capitals and the GTIN without spaces, and sends numbers", () => {
    const form = new FormData()
    for (const [k, v] of Object.entries({
      ...LOT,
      code: "l260605-b",
      gtin: ` ${VALID_GTIN.slice(0, 6)} ${VALID_GTIN.slice(6)} `,
      quantity: "1,5",
    }))
      form.set(k, v)
    const values = readLotForm(form)
    expect(values.code).toBe("L260605-B")
    expect(values.gtin).toBe(VALID_GTIN)
    expect(toLotInput(values)).toMatchObject({ code: "L260605-B", gtin: VALID_GTIN, quantity: 1.5, unit: "kg" })
    expect(toLotInput({ ...values, gtin: "", expires_on: "" })).not.toHaveProperty("gtin")
    expect(toLotInput({ ...values, gtin: "", expires_on: "" })).not.toHaveProperty("expires_on")
  })

  it("suggests a code from the day that the seller has not used yet", () => {
    expect(suggestLotCode(TODAY, [])).toBe("L260605")
    expect(suggestLotCode(TODAY, ["l260605", "L260605-2"])).toBe("L260605-3")
    expect(LOT_CODE_PATTERN.test(suggestLotCode(TODAY, ["L260605"]))).toBe(true)
  })

  it("reads quantities with a decimal comma", () => {
    expect(parseQuantity("1,5")).toBe(1.5)
    expect(parseQuantity("1 200")).toBe(1200)
    for (const bad of ["", "0", "-2", "abc", "1,2,3"]) expect(parseQuantity(bad)).toBeNull()
  })
})

describe("Vietnam time", () => {
  it("prefills the time in UTC+7 and reads it back to the same instant", () => {
    const now = new Date("2026-06-05T20:30:00Z")
    expect(vietnamLocalNow(now)).toBe("2026-06-06T03:30")
    const iso = vietnamLocalToIso(vietnamLocalNow(now))
    expect(iso).toBe("2026-06-06T03:30:00+07:00")
    expect(new Date(iso ?? "").getTime()).toBe(now.getTime())
    expect(vietnamLocalToIso("2026-02-30T10:00")).toBeNull()
    expect(vietnamLocalToIso("2026-06-06 03:30")).toBeNull()
  })
})

describe("the step form", () => {
  const NOW = new Date("2026-06-05T03:00:00Z")
  const STEP: EventFormValues = {
    step: "harvest",
    event_time: vietnamLocalNow(NOW),
    quantity: "",
    latitude: "",
    longitude: "",
    place_name: "Ấp 3",
    note: "",
    input_lot_ids: ["lot_other"],
    uom: "",
  }
  const jpeg = (size: number) => ({ size, type: "image/jpeg" })

  it("accepts a step with up to 3 photos", () => {
    expect(checkEventForm(STEP, [jpeg(1000), jpeg(2000), jpeg(3000)], NOW)).toEqual({})
  })

  it("refuses a fourth photo, one over 10 MB, or a PDF", () => {
    expect(checkEventForm(STEP, [jpeg(1), jpeg(1), jpeg(1), jpeg(1)], NOW).photos).toBe(
      "sellerTrace.error.photos_too_many"
    )
    expect(checkEventForm(STEP, [jpeg(10 * 1024 * 1024 + 1)], NOW).photos).toBe("sellerTrace.error.photo_too_big")
    expect(checkEventForm(STEP, [{ size: 10, type: "application/pdf" }], NOW).photos).toBe(
      "sellerTrace.error.photo_type"
    )
  })

  it("refuses a time more than 5 minutes ahead, an unknown step and half a position", () => {
    const later = vietnamLocalNow(new Date(NOW.getTime() + 6 * 60_000))
    expect(checkEventForm({ ...STEP, event_time: later }, [], NOW).event_time).toBe("sellerTrace.error.time_future")
    expect(checkEventForm({ ...STEP, step: "eating" }, [], NOW).step).toBe("sellerTrace.error.step_required")
    expect(checkEventForm({ ...STEP, latitude: "9.18" }, [], NOW).latitude).toBe("sellerTrace.error.position_invalid")
    expect(checkEventForm({ ...STEP, latitude: "91", longitude: "105" }, [], NOW).latitude).toBe(
      "sellerTrace.error.position_invalid"
    )
    expect(checkEventForm({ ...STEP, latitude: "9.18", longitude: "105.15" }, [], NOW)).toEqual({})
  })

  it("sends the time with +07:00, the photos as `photos` and input lots only for processing", () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], "thu-hoach.jpg", { type: "image/jpeg" })
    const body = eventFormData({ ...STEP, quantity: "12,5" }, [photo])
    expect(body.get("event_time")).toBe(`${STEP.event_time}:00+07:00`)
    expect(body.get("quantity")).toBe("12.5")
    expect(body.getAll("photos")).toHaveLength(1)
    expect(body.has("input_lot_ids")).toBe(false)
    expect(body.has("latitude")).toBe(false)
    const processing = eventFormData({ ...STEP, step: "processing" }, [])
    expect(processing.getAll("input_lot_ids")).toEqual(["lot_other"])
  })
})
