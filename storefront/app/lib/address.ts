/**
 * The checkout address form: reading it, the same rules the backend's Vietnam plugin applies
 * (2025 two-level units, phone numbers), and the mapping of backend error codes to our fields.
 * Pure code, shared by the server action and the tests.
 */
import type { MessageKey } from "./i18n"

/** In the order the form shows them (the error summary follows it). */
export const ADDRESS_FIELDS = ["email", "province", "ward", "street", "full_name", "phone"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]

/** The backend's codes (HTTP 400 `code`) plus our two e-mail codes. */
export const BACKEND_ADDRESS_CODES = [
  "province_required",
  "province_unknown",
  "ward_required",
  "ward_unknown",
  "ward_not_in_province",
  "province_name_mismatch",
  "ward_name_mismatch",
  "street_required",
  "name_required",
  "phone_required",
  "phone_invalid",
] as const
export type BackendAddressCode = (typeof BACKEND_ADDRESS_CODES)[number]
export type AddressErrorCode = BackendAddressCode | "email_required" | "email_invalid"

export type AddressErrors = Partial<Record<AddressField, AddressErrorCode>>

export interface AddressFormValues {
  email: string
  full_name: string
  phone: string
  province: string
  ward: string
  street: string
}

export const EMPTY_ADDRESS: AddressFormValues = {
  email: "",
  full_name: "",
  phone: "",
  province: "",
  ward: "",
  street: "",
}

const FIELD_OF_CODE: Record<AddressErrorCode, AddressField> = {
  province_required: "province",
  province_unknown: "province",
  province_name_mismatch: "province",
  ward_required: "ward",
  ward_unknown: "ward",
  ward_not_in_province: "ward",
  ward_name_mismatch: "ward",
  street_required: "street",
  name_required: "full_name",
  phone_required: "phone",
  phone_invalid: "phone",
  email_required: "email",
  email_invalid: "email",
}

export function fieldOfCode(code: AddressErrorCode): AddressField {
  return FIELD_OF_CODE[code]
}

export function isBackendAddressCode(value: unknown): value is BackendAddressCode {
  return typeof value === "string" && (BACKEND_ADDRESS_CODES as readonly string[]).includes(value)
}

export function addressErrorKey(code: AddressErrorCode): MessageKey {
  return `address.error.${code}`
}

function text(formData: FormData | URLSearchParams, name: AddressField): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : ""
}

/** Reads the form (POST body, or the search params of the no-JS "choose ward" GET step). */
export function readAddressForm(formData: FormData | URLSearchParams): AddressFormValues {
  return {
    email: text(formData, "email"),
    full_name: text(formData, "full_name"),
    phone: text(formData, "phone"),
    province: text(formData, "province"),
    ward: text(formData, "ward"),
    street: text(formData, "street"),
  }
}

/**
 * Vietnamese phone numbers as people type them ("0912 345 678", "091.234.5678", "+84 912 345 678")
 * → national form "0912345678"; null when it is not a Vietnamese mobile or landline number.
 */
export function normalizePhone(raw: string): string | null {
  let digits = raw.trim().replace(/[\s.\-()]/g, "")
  if (digits.startsWith("+84")) {
    digits = `0${digits.slice(3)}`
  } else if (/^84\d{9,10}$/.test(digits)) {
    digits = `0${digits.slice(2)}`
  }
  return /^(0[35789]\d{8}|02\d{9})$/.test(digits) ? digits : null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** "name@example.com"-shaped (the backend has the last word). */
export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

export interface UnitLists {
  /** Province codes of the 2025 list; when given, the province must be one of them. */
  provinceCodes?: ReadonlySet<string>
  /** Ward codes of the chosen province; when given, the ward must be one of them. */
  wardCodes?: ReadonlySet<string>
}

/** Every problem with the form, at most one per field, in the current language's message keys. */
export function validateAddressForm(values: AddressFormValues, units: UnitLists = {}): AddressErrors {
  const errors: AddressErrors = {}
  if (!values.email) {
    errors.email = "email_required"
  } else if (!isEmail(values.email)) {
    errors.email = "email_invalid"
  }
  if (!values.full_name) {
    errors.full_name = "name_required"
  }
  if (!values.phone) {
    errors.phone = "phone_required"
  } else if (!normalizePhone(values.phone)) {
    errors.phone = "phone_invalid"
  }
  if (!values.province) {
    errors.province = "province_required"
  } else if (units.provinceCodes && !units.provinceCodes.has(values.province)) {
    errors.province = "province_unknown"
  }
  if (!values.ward) {
    errors.ward = "ward_required"
  } else if (!/^\d{5}$/.test(values.ward)) {
    errors.ward = "ward_unknown"
  } else if (!errors.province && units.wardCodes && !units.wardCodes.has(values.ward)) {
    errors.ward = "ward_not_in_province"
  }
  if (!values.street) {
    errors.street = "street_required"
  }
  return errors
}

export function hasErrors(errors: AddressErrors): boolean {
  return Object.keys(errors).length > 0
}

/**
 * Vietnamese names are written family name first: "Nguyễn Thị Lan" → last_name "Nguyễn Thị",
 * first_name "Lan". A single word goes to first_name.
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const parts = fullName.trim().split(/\s+/).filter(Boolean)
  if (parts.length === 0) {
    return { first_name: "", last_name: "" }
  }
  const first = parts.pop() ?? ""
  return { first_name: first, last_name: parts.join(" ") }
}

export function joinFullName(lastName: string | null | undefined, firstName: string | null | undefined): string {
  return [lastName, firstName]
    .filter((part) => part?.trim())
    .join(" ")
    .trim()
}

/** Turns the backend's `issues` (from /store/vn/address-validation) into per-field errors. */
export function errorsFromIssues(issues: ReadonlyArray<{ code?: unknown }>): AddressErrors {
  const errors: AddressErrors = {}
  for (const issue of issues) {
    if (isBackendAddressCode(issue.code)) {
      const field = fieldOfCode(issue.code)
      errors[field] ??= issue.code
    }
  }
  return errors
}

export interface ChosenUnits {
  province: { code: string; fullName: string }
  ward: { code: string; fullName: string }
}

/**
 * The address as the cart stores it (mandatory format): province = province CODE, city = the
 * ward's full name, official codes and the province's full name in metadata.
 */
export function toMedusaAddress(values: AddressFormValues, units: ChosenUnits) {
  const { first_name, last_name } = splitFullName(values.full_name)
  return {
    first_name,
    last_name,
    phone: normalizePhone(values.phone) ?? values.phone,
    address_1: values.street,
    city: units.ward.fullName,
    province: units.province.code,
    country_code: "vn",
    metadata: {
      vn_province_code: units.province.code,
      vn_ward_code: units.ward.code,
      vn_province_name: units.province.fullName,
    },
  }
}
