import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { type VietnameseAddressInput, validateVietnameseAddress } from "../src/lib/address"
import { AdminUnits, type AdminUnitsFile } from "../src/lib/admin-units"
import { normalizeVietnamesePhone } from "../src/lib/phone"
import { foldVietnamese } from "../src/lib/text"

const units = new AdminUnits(
  JSON.parse(readFileSync(path.join(__dirname, "../src/modules/vietnam/data/units.json"), "utf8")) as AdminUnitsFile
)

const valid: VietnameseAddressInput = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912 345 678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825" },
}

const codes = (address: VietnameseAddressInput) => validateVietnameseAddress(units, address).map((i) => i.code)

describe("Vietnamese address validation", () => {
  it("accepts a complete address", () => {
    expect(codes(valid)).toEqual([])
  })

  it("rejects a ward that belongs to another province", () => {
    // Phường Hội An is in Đà Nẵng, not Cà Mau.
    expect(
      codes({ ...valid, city: "Phường Hội An", metadata: { vn_province_code: "96", vn_ward_code: "20410" } })
    ).toEqual(["ward_not_in_province"])
  })

  it("rejects unknown codes and names that do not match their codes", () => {
    expect(codes({ ...valid, metadata: { vn_province_code: "99", vn_ward_code: "31825" } })).toContain(
      "province_unknown"
    )
    expect(codes({ ...valid, metadata: { vn_province_code: "96", vn_ward_code: "99999" } })).toEqual(["ward_unknown"])
    expect(codes({ ...valid, city: "Phường Tam Kỳ" })).toEqual(["ward_name_mismatch"])
    expect(codes({ ...valid, province: "48" })).toEqual(["province_name_mismatch"])
  })

  it("accepts names with the other accent placement", () => {
    const hoa = units.getWard("20410")!
    expect(foldVietnamese("Hoà") === foldVietnamese("Hòa")).toBe(true)
    expect(
      codes({
        ...valid,
        province: "Thành phố Đà Nẵng",
        city: hoa.ward.full_name,
        metadata: { vn_province_code: "48", vn_ward_code: "20410" },
      })
    ).toEqual([])
  })

  it("names every missing field", () => {
    expect(codes({ country_code: "vn" })).toEqual([
      "name_required",
      "province_required",
      "ward_required",
      "street_required",
      "phone_required",
    ])
  })

  it("rejects a phone number that is not Vietnamese", () => {
    expect(codes({ ...valid, phone: "12345" })).toEqual(["phone_invalid"])
  })
})

describe("phone numbers", () => {
  it.each([
    ["0912 345 678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0290 3831 234", "02903831234"],
  ])("normalises %s", (raw, expected) => {
    expect(normalizeVietnamesePhone(raw)).toBe(expected)
  })

  it.each(["", "0123", "0112345678", "+1 415 555 0100", "09123456789", "abc"])("rejects %j", (raw) => {
    expect(normalizeVietnamesePhone(raw)).toBeNull()
  })
})
