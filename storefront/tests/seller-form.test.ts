import { describe, expect, it } from "vitest"
import {
  EMPTY_REGISTRATION,
  type RegistrationValues,
  readProfileForm,
  readRegistrationForm,
  toProfileInput,
  toSellerInput,
  validateCredentials,
  validateProfile,
  validateRegistration,
} from "~/lib/seller-form"

const typed: Record<string, string> = {
  account_email: " Lan@Example.VN ",
  password: "mật khẩu dài",
  kind: "cooperative",
  legal_form: "organisation",
  name: "Hợp tác xã  Ong Mật Tràm Xanh",
  tax_code: "2001234567",
  business_registration_number: "",
  representative: "Nguyễn Thị Lan",
  id_number: "0961 2345 6789",
  phone: "0912 345 678",
  email: "",
  province_code: "96",
  ward_code: "31825",
  address_line: "Ấp 3",
  bank_bin: "970405",
  bank_account_number: "7800 2050 12345",
  bank_account_name: "HTX ONG MAT TRAM XANH",
  story_vi: "Chúng tôi nuôi ong trong rừng tràm U Minh.\r\n",
  story_en: "",
}

function formOf(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const units = { provinceCodes: new Set(["96", "48"]), wardCodes: new Set(["31825"]) }

describe("registration form", () => {
  it("keeps what was typed but never the password", () => {
    const values = readRegistrationForm(formOf(typed))
    expect(values.name).toBe("Hợp tác xã Ong Mật Tràm Xanh")
    expect(values.story_vi).toBe("Chúng tôi nuôi ong trong rừng tràm U Minh.")
    expect(values).not.toHaveProperty("password")
  })

  it("accepts a valid cooperative and builds the API body with normalised numbers", () => {
    const values = readRegistrationForm(formOf(typed))
    expect(validateRegistration(values, typed.password ?? "", units)).toEqual({})
    expect(toSellerInput(values)).toEqual({
      name: "Hợp tác xã Ong Mật Tràm Xanh",
      kind: "cooperative",
      legal_form: "organisation",
      tax_code: "2001234567",
      business_registration_number: undefined,
      representative: "Nguyễn Thị Lan",
      id_number: "096123456789",
      phone: "0912345678",
      // No contact e-mail given: the account's, in lower case.
      email: "lan@example.vn",
      province_code: "96",
      ward_code: "31825",
      address_line: "Ấp 3",
      bank_bin: "970405",
      bank_account_number: "7800205012345",
      bank_account_name: "HTX ONG MAT TRAM XANH",
      story_vi: "Chúng tôi nuôi ong trong rừng tràm U Minh.",
      story_en: undefined,
    })
  })

  it("reports every problem, one per field", () => {
    const values: RegistrationValues = {
      ...EMPTY_REGISTRATION,
      account_email: "lan@",
      kind: "farm",
      legal_form: "household_business",
      id_number: "12345",
      phone: "12345",
      email: "no-at-sign",
      province_code: "96",
      ward_code: "99999",
      bank_bin: "123456",
      bank_account_number: "12",
    }
    expect(validateRegistration(values, "short", units)).toEqual({
      account_email: "address.error.email_invalid",
      password: "seller.error.password_short",
      kind: "seller.error.kind_required",
      name: "seller.error.name_required",
      tax_code: "seller.error.registration_required",
      representative: "seller.error.representative_required",
      id_number: "seller.error.id_number_invalid",
      phone: "address.error.phone_invalid",
      email: "address.error.email_invalid",
      ward_code: "address.error.ward_not_in_province",
      address_line: "address.error.street_required",
      bank_bin: "seller.error.bank_required",
      bank_account_number: "seller.error.bank_account_invalid",
      bank_account_name: "seller.error.bank_name_required",
    })
  })

  it("needs a tax code or business registration unless the seller is an individual", () => {
    const base = readRegistrationForm(formOf({ ...typed, tax_code: "" }))
    expect(validateRegistration(base, "12345678", units).tax_code).toBe("seller.error.registration_required")
    expect(validateRegistration({ ...base, business_registration_number: "61A8001234" }, "12345678", units)).toEqual({})
    expect(validateRegistration({ ...base, legal_form: "individual" }, "12345678", units)).toEqual({})
    expect(validateRegistration({ ...base, tax_code: "12345" }, "12345678", units).tax_code).toBe(
      "seller.error.tax_code_invalid"
    )
    expect(validateRegistration({ ...base, tax_code: "0123456789-001" }, "12345678", units)).toEqual({})
  })

  it("checks the province and ward against the 2025 lists when it has them", () => {
    const values = readRegistrationForm(formOf({ ...typed, province_code: "01" }))
    expect(validateRegistration(values, "12345678", units).province_code).toBe("address.error.province_unknown")
    expect(validateRegistration(values, "12345678").province_code).toBeUndefined()
  })
})

describe("profile form", () => {
  const profile = readProfileForm(formOf(typed))

  it("requires the contact e-mail and sends the bank only for the owner", () => {
    expect(validateProfile(profile, units, { bank: true })).toEqual({ email: "address.error.email_required" })
    const filled = { ...profile, email: "htx@example.vn" }
    expect(validateProfile(filled, units, { bank: false })).toEqual({})
    expect(toProfileInput(filled, { bank: false })).not.toHaveProperty("bank_account_number")
    expect(toProfileInput(filled, { bank: true })).toMatchObject({
      bank_bin: "970405",
      bank_account_number: "7800205012345",
      phone: "0912345678",
    })
  })

  it("does not check the bank a staff member cannot change", () => {
    const staff = { ...profile, email: "htx@example.vn", bank_bin: "", bank_account_number: "" }
    expect(validateProfile(staff, units, { bank: false })).toEqual({})
    expect(Object.keys(validateProfile(staff, units, { bank: true }))).toEqual(["bank_bin", "bank_account_number"])
  })
})

describe("credentials", () => {
  it("asks a new password for 8 characters, an existing one only to be given", () => {
    expect(validateCredentials("lan@example.vn", "1234567")).toEqual({ password: "seller.error.password_short" })
    expect(validateCredentials("lan@example.vn", "1234567", { newPassword: false })).toEqual({})
    expect(validateCredentials("", "", { newPassword: false })).toEqual({
      email: "address.error.email_required",
      password: "seller.error.password_required",
    })
    expect(validateCredentials("lan", null)).toEqual({ email: "address.error.email_invalid" })
  })
})
