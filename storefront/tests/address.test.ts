import { describe, expect, it } from "vitest"
import {
  type AddressFormValues,
  errorsFromIssues,
  joinFullName,
  normalizePhone,
  readAddressForm,
  splitFullName,
  toMedusaAddress,
  validateAddressForm,
} from "~/lib/address"

const valid: AddressFormValues = {
  email: "lan@example.com",
  full_name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province: "96",
  ward: "31825",
  street: "12 Trần Phú",
}

describe("normalizePhone", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0290 3831 234", "02903831234"],
    ["0387-654-321", "0387654321"],
  ])("accepts %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each(["", "12345", "0112345678", "091234567", "09123456789", "0412345678", "phone", "+1 415 555 0100"])(
    "rejects %s",
    (raw) => {
      expect(normalizePhone(raw)).toBeNull()
    }
  )
})

describe("validateAddressForm", () => {
  it("accepts a complete address", () => {
    expect(validateAddressForm(valid)).toEqual({})
  })

  it("reports every missing field at once", () => {
    expect(validateAddressForm({ email: "", full_name: "", phone: "", province: "", ward: "", street: "" })).toEqual({
      email: "email_required",
      full_name: "name_required",
      phone: "phone_required",
      province: "province_required",
      ward: "ward_required",
      street: "street_required",
    })
  })

  it("rejects a malformed phone and e-mail", () => {
    expect(validateAddressForm({ ...valid, phone: "123", email: "lan@" })).toEqual({
      phone: "phone_invalid",
      email: "email_invalid",
    })
  })

  it("checks the province and ward against the 2025 lists when given", () => {
    const provinceCodes = new Set(["96", "48"])
    const wardsOfCaMau = new Set(["31825", "31828"])
    expect(validateAddressForm(valid, { provinceCodes, wardCodes: wardsOfCaMau })).toEqual({})
    expect(validateAddressForm({ ...valid, province: "61" }, { provinceCodes })).toEqual({
      province: "province_unknown",
    })
    // Phường Tam Kỳ (Đà Nẵng) with province Cà Mau
    expect(validateAddressForm({ ...valid, ward: "20341" }, { provinceCodes, wardCodes: wardsOfCaMau })).toEqual({
      ward: "ward_not_in_province",
    })
    expect(validateAddressForm({ ...valid, ward: "abc" })).toEqual({ ward: "ward_unknown" })
  })
})

describe("names and the stored address format", () => {
  it("splits a Vietnamese full name (family name first)", () => {
    expect(splitFullName("Nguyễn Thị Lan")).toEqual({ first_name: "Lan", last_name: "Nguyễn Thị" })
    expect(splitFullName("  Lan ")).toEqual({ first_name: "Lan", last_name: "" })
    expect(joinFullName("Nguyễn Thị", "Lan")).toBe("Nguyễn Thị Lan")
    expect(joinFullName(null, "Lan")).toBe("Lan")
  })

  it("stores province CODE, ward full name and the official codes in metadata", () => {
    const address = toMedusaAddress(valid, {
      province: { code: "96", fullName: "Tỉnh Cà Mau" },
      ward: { code: "31825", fullName: "Phường Bạc Liêu" },
    })
    expect(address).toEqual({
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      phone: "0912345678",
      address_1: "12 Trần Phú",
      city: "Phường Bạc Liêu",
      province: "96",
      country_code: "vn",
      metadata: { vn_province_code: "96", vn_ward_code: "31825", vn_province_name: "Tỉnh Cà Mau" },
    })
  })

  it("reads and tidies the form", () => {
    const form = new FormData()
    form.set("email", " lan@example.com ")
    form.set("full_name", "Nguyễn   Thị Lan")
    form.set("province", "96")
    expect(readAddressForm(form)).toEqual({
      email: "lan@example.com",
      full_name: "Nguyễn Thị Lan",
      phone: "",
      province: "96",
      ward: "",
      street: "",
    })
  })

  it("maps the backend's issue codes to form fields", () => {
    expect(
      errorsFromIssues([
        { code: "ward_not_in_province" },
        { code: "phone_invalid" },
        { code: "name_required" },
        { code: "street_required" },
        { code: "province_name_mismatch" },
        { code: "something_else" },
      ])
    ).toEqual({
      ward: "ward_not_in_province",
      phone: "phone_invalid",
      full_name: "name_required",
      street: "street_required",
      province: "province_name_mismatch",
    })
  })
})
