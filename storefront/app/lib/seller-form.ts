/**
 * The seller channel's account forms — registration, profile, sign-in, invitation — read from
 * FormData, checked with the rules the marketplace plugin applies (@choso/seller-rules), and
 * turned into the API's bodies. Pure code, shared by the route actions and the tests.
 */
import { BANK_ACCOUNT, findBank, ID_NUMBER, TAX_CODE } from "@choso/seller-rules"
import { isEmail, normalizePhone } from "./address"
import type { MessageKey } from "./i18n"
import {
  isLegalForm,
  isSellerKind,
  type LegalForm,
  type SellerProfileInput,
  type SellerRegistrationInput,
} from "./vendor-types"

/** Medusa's emailpass provider accepts any length; the channel asks for at least 8 characters. */
export const MIN_PASSWORD = 8
export const MAX_PASSWORD = 128
export const MAX_STORY = 2000
const MAX_TEXT = 200

export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>

/** The registration form's fields, in the order the form shows them (the error summary follows it). */
export const REGISTRATION_FIELDS = [
  "account_email",
  "password",
  "kind",
  "legal_form",
  "name",
  "tax_code",
  "business_registration_number",
  "representative",
  "id_number",
  "phone",
  "email",
  "province_code",
  "ward_code",
  "address_line",
  "bank_bin",
  "bank_account_number",
  "bank_account_name",
  "story_vi",
  "story_en",
] as const
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

/** What was typed, to fill the form again: everything but the password. */
export type RegistrationValues = Record<Exclude<RegistrationField, "password">, string>

export const EMPTY_REGISTRATION: RegistrationValues = {
  account_email: "",
  kind: "",
  legal_form: "",
  name: "",
  tax_code: "",
  business_registration_number: "",
  representative: "",
  id_number: "",
  phone: "",
  email: "",
  province_code: "",
  ward_code: "",
  address_line: "",
  bank_bin: "",
  bank_account_number: "",
  bank_account_name: "",
  story_vi: "",
  story_en: "",
}

/** What the profile page edits (`POST /vendor/me`); the bank fields only for the owner. */
export const PROFILE_FIELDS = [
  "phone",
  "email",
  "province_code",
  "ward_code",
  "address_line",
  "bank_bin",
  "bank_account_number",
  "bank_account_name",
  "story_vi",
  "story_en",
] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]
export type ProfileValues = Record<ProfileField, string>

type Source = FormData | URLSearchParams

/** One line, spaces collapsed. */
export function line(form: Source, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : ""
}

/** Several lines (a story), trimmed, Windows line ends made plain. */
function paragraphs(form: Source, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : ""
}

/** The password exactly as typed (spaces are part of it). */
export function readPassword(form: Source, name = "password"): string {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase()
}

/** "0123 456 789 012" → "012345678901" */
function digits(value: string): string {
  return value.replace(/[\s.-]/g, "")
}

export function readRegistrationForm(form: Source): RegistrationValues {
  const values = { ...EMPTY_REGISTRATION }
  for (const field of REGISTRATION_FIELDS) {
    if (field === "password") {
      continue
    }
    values[field] = field === "story_vi" || field === "story_en" ? paragraphs(form, field) : line(form, field)
  }
  return values
}

export function readProfileForm(form: Source): ProfileValues {
  const values = {} as ProfileValues
  for (const field of PROFILE_FIELDS) {
    values[field] = field === "story_vi" || field === "story_en" ? paragraphs(form, field) : line(form, field)
  }
  return values
}

export interface UnitLists {
  /** Province codes of the 2025 list; when given, the province must be one of them. */
  provinceCodes?: ReadonlySet<string>
  /** Ward codes of the chosen province; when given, the ward must be one of them. */
  wardCodes?: ReadonlySet<string>
}

/** A tax code or a business registration is needed for every legal form but an individual. */
export function registrationRequired(form: LegalForm | ""): boolean {
  return form !== "individual"
}

type ContactValues = Pick<
  RegistrationValues,
  | "phone"
  | "email"
  | "province_code"
  | "ward_code"
  | "address_line"
  | "bank_bin"
  | "bank_account_number"
  | "bank_account_name"
  | "story_vi"
  | "story_en"
>

/** Phone, e-mail, address, bank and story: the part registration and profile share. */
function validateContact(
  values: ContactValues,
  units: UnitLists,
  { emailRequired, bank }: { emailRequired: boolean; bank: boolean }
): FieldErrors<ProfileField> {
  const errors: FieldErrors<ProfileField> = {}
  if (!values.phone) {
    errors.phone = "seller.error.phone_required"
  } else if (!normalizePhone(values.phone)) {
    errors.phone = "address.error.phone_invalid"
  }
  if (!values.email) {
    if (emailRequired) {
      errors.email = "address.error.email_required"
    }
  } else if (!isEmail(values.email)) {
    errors.email = "address.error.email_invalid"
  }
  if (!values.province_code) {
    errors.province_code = "address.error.province_required"
  } else if (
    !/^\d{2}$/.test(values.province_code) ||
    (units.provinceCodes && !units.provinceCodes.has(values.province_code))
  ) {
    errors.province_code = "address.error.province_unknown"
  }
  if (!values.ward_code) {
    errors.ward_code = "address.error.ward_required"
  } else if (!/^\d{5}$/.test(values.ward_code)) {
    errors.ward_code = "address.error.ward_unknown"
  } else if (!errors.province_code && units.wardCodes && !units.wardCodes.has(values.ward_code)) {
    errors.ward_code = "address.error.ward_not_in_province"
  }
  if (!values.address_line) {
    errors.address_line = "address.error.street_required"
  } else if (values.address_line.length > MAX_TEXT) {
    errors.address_line = "seller.error.too_long"
  }
  if (bank) {
    if (!findBank(values.bank_bin)) {
      errors.bank_bin = "seller.error.bank_required"
    }
    if (!BANK_ACCOUNT.test(digits(values.bank_account_number))) {
      errors.bank_account_number = "seller.error.bank_account_invalid"
    }
    if (!values.bank_account_name) {
      errors.bank_account_name = "seller.error.bank_name_required"
    } else if (values.bank_account_name.length > MAX_TEXT) {
      errors.bank_account_name = "seller.error.too_long"
    }
  }
  if (values.story_vi.length > MAX_STORY) {
    errors.story_vi = "seller.error.story_too_long"
  }
  if (values.story_en.length > MAX_STORY) {
    errors.story_en = "seller.error.story_too_long"
  }
  return errors
}

/** Every problem with the registration, at most one per field. */
export function validateRegistration(
  values: RegistrationValues,
  password: string,
  units: UnitLists = {}
): FieldErrors<RegistrationField> {
  const errors: FieldErrors<RegistrationField> = {}
  if (!values.account_email) {
    errors.account_email = "address.error.email_required"
  } else if (!isEmail(values.account_email)) {
    errors.account_email = "address.error.email_invalid"
  }
  if (password.length < MIN_PASSWORD) {
    errors.password = "seller.error.password_short"
  } else if (password.length > MAX_PASSWORD) {
    errors.password = "seller.error.password_long"
  }
  if (!isSellerKind(values.kind)) {
    errors.kind = "seller.error.kind_required"
  }
  if (!isLegalForm(values.legal_form)) {
    errors.legal_form = "seller.error.legal_form_required"
  }
  if (!values.name) {
    errors.name = "seller.error.name_required"
  } else if (values.name.length > MAX_TEXT) {
    errors.name = "seller.error.too_long"
  }
  const taxCode = digits(values.tax_code)
  if (taxCode && !TAX_CODE.test(values.tax_code.replace(/\s/g, ""))) {
    errors.tax_code = "seller.error.tax_code_invalid"
  } else if (
    isLegalForm(values.legal_form) &&
    registrationRequired(values.legal_form) &&
    !taxCode &&
    !values.business_registration_number
  ) {
    errors.tax_code = "seller.error.registration_required"
  }
  if (values.business_registration_number.length > 50) {
    errors.business_registration_number = "seller.error.too_long"
  }
  if (!values.representative) {
    errors.representative = "seller.error.representative_required"
  } else if (values.representative.length > MAX_TEXT) {
    errors.representative = "seller.error.too_long"
  }
  if (!ID_NUMBER.test(digits(values.id_number))) {
    errors.id_number = "seller.error.id_number_invalid"
  }
  Object.assign(errors, validateContact(values, units, { emailRequired: false, bank: true }))
  return errors
}

export function validateProfile(
  values: ProfileValues,
  units: UnitLists = {},
  { bank }: { bank: boolean }
): FieldErrors<ProfileField> {
  return validateContact(values, units, { emailRequired: true, bank })
}

function optional(value: string): string | undefined {
  return value ? value : undefined
}

/** The body of `POST /vendor/sellers` from a valid form (validate first). */
export function toSellerInput(values: RegistrationValues): SellerRegistrationInput {
  if (!isSellerKind(values.kind) || !isLegalForm(values.legal_form)) {
    throw new Error("toSellerInput needs a validated form")
  }
  return {
    name: values.name,
    kind: values.kind,
    legal_form: values.legal_form,
    tax_code: optional(values.tax_code.replace(/\s/g, "")),
    business_registration_number: optional(values.business_registration_number),
    representative: values.representative,
    id_number: digits(values.id_number),
    phone: normalizePhone(values.phone) ?? values.phone,
    // The public contact e-mail defaults to the account's.
    email: normalizeEmail(values.email || values.account_email),
    province_code: values.province_code,
    ward_code: values.ward_code,
    address_line: values.address_line,
    bank_bin: values.bank_bin,
    bank_account_number: digits(values.bank_account_number),
    bank_account_name: values.bank_account_name,
    story_vi: optional(values.story_vi),
    story_en: optional(values.story_en),
  }
}

/** The body of `POST /vendor/me`; bank fields only when the member may change them (owner). */
export function toProfileInput(values: ProfileValues, { bank }: { bank: boolean }): SellerProfileInput {
  return {
    phone: normalizePhone(values.phone) ?? values.phone,
    email: normalizeEmail(values.email),
    province_code: values.province_code,
    ward_code: values.ward_code,
    address_line: values.address_line,
    // An emptied story is sent as "" so that it is cleared.
    story_vi: values.story_vi,
    story_en: values.story_en,
    ...(bank
      ? {
          bank_bin: values.bank_bin,
          bank_account_number: digits(values.bank_account_number),
          bank_account_name: values.bank_account_name,
        }
      : {}),
  }
}

/**
 * Sign-in, forgotten password, reset and invitation forms. `password`: null when the form has none;
 * a new password must have MIN_PASSWORD characters, an existing one only be given.
 */
export function validateCredentials(
  email: string,
  password: string | null,
  { newPassword }: { newPassword: boolean } = { newPassword: true }
): FieldErrors<"email" | "password"> {
  const errors: FieldErrors<"email" | "password"> = {}
  if (!email) {
    errors.email = "address.error.email_required"
  } else if (!isEmail(email)) {
    errors.email = "address.error.email_invalid"
  }
  if (password === null) {
    return errors
  }
  if (!newPassword) {
    if (!password) {
      errors.password = "seller.error.password_required"
    }
  } else if (password.length < MIN_PASSWORD) {
    errors.password = "seller.error.password_short"
  } else if (password.length > MAX_PASSWORD) {
    errors.password = "seller.error.password_long"
  }
  return errors
}
