import type { ProducerSeed, SellerKind, SellerSeed } from "../types"
import { producers } from "./producers"

/**
 * The producers as sellers of the marketplace plugin, with fictional but well-formed identities:
 * a 10-digit tax code with its check digit (cooperatives, enterprises), a household business
 * registration number (households), a 12-digit citizen ID number, and a bank account at one of
 * four banks. Deterministic: the same producer always gets the same numbers.
 */

/** Seller members sign in with `<producer handle>@nguoiban.choso.vn`. */
export const SELLER_EMAIL_DOMAIN = "nguoiban.choso.vn"

/** Napas BINs (VietQR) with the usual length of the banks' account numbers. */
export const BANKS = [
  { bin: "970436", name: "Vietcombank", prefix: "10", digits: 13 },
  { bin: "970415", name: "VietinBank", prefix: "10", digits: 12 },
  { bin: "970418", name: "BIDV", prefix: "74", digits: 14 },
  { bin: "970405", name: "Agribank", prefix: "79", digits: 13 },
] as const

/** A household that has applied and waits for the operator: it has no products. */
export const sellerApplicant: ProducerSeed & { kind: "household" } = {
  handle: "ho-rau-sach-tra-que",
  name: "Hộ kinh doanh Rau Sạch Trà Quế",
  kind: "household",
  province_code: "48",
  ward_code: "20401", // Phường Hội An Tây
  street: "Thôn Trà Quế",
  phone: "0905736142",
  representative: "Nguyễn Thị Mỹ Lệ",
  description: {
    vi: "Hộ gia đình trồng rau thơm và rau ăn lá ở làng rau Trà Quế, bón rong rêu vớt từ sông Cổ Cò thay cho phân hóa học.",
    en: "A family growing herbs and leafy greens in the Trà Quế vegetable village, fertilising with river weed from the Cổ Cò instead of chemical fertiliser.",
  },
}

/** The first digits of tax codes issued in each province (Cà Mau 20, Đà Nẵng 04). */
const TAX_PREFIX: Record<ProducerSeed["province_code"], string> = { "96": "20", "48": "04" }
/** The province part of a citizen ID number (CCCD): where the holder was registered at birth. */
const ID_PROVINCE: Record<ProducerSeed["province_code"], string> = { "96": "096", "48": "048" }

/** Deterministic digits from a text (FNV-1a, then a linear congruential generator). */
export function digitsFrom(text: string, count: number): string {
  let state = 0x811c9dc5
  for (const char of text) {
    state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0
  }
  let out = ""
  while (out.length < count) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    out += String(state % 10)
  }
  return out
}

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3]

/** The check digit (10th) of a Vietnamese tax code from its first nine digits, or null when none fits. */
export function taxCodeCheckDigit(first9: string): number | null {
  const sum = [...first9].reduce((total, digit, i) => total + Number(digit) * TAX_WEIGHTS[i], 0)
  const check = 10 - (sum % 11)
  return check <= 9 ? check : null
}

export function isValidTaxCode(code: string): boolean {
  return /^\d{10}$/.test(code) && taxCodeCheckDigit(code.slice(0, 9)) === Number(code[9])
}

/** A 10-digit tax code of the producer's province, with its check digit. */
export function taxCodeOf(producer: Pick<ProducerSeed, "handle" | "province_code">): string {
  for (let attempt = 0; ; attempt++) {
    const first9 = TAX_PREFIX[producer.province_code] + digitsFrom(`${producer.handle}:tax:${attempt}`, 7)
    const check = taxCodeCheckDigit(first9)
    if (check !== null) {
      return `${first9}${check}`
    }
  }
}

/**
 * A household business registration number in the usual form: the province code, the issuing
 * office's letter, 8 (household business), and a 6-digit serial, e.g. "96A8012345".
 */
export function householdRegistrationOf(producer: Pick<ProducerSeed, "handle" | "province_code">): string {
  return `${producer.province_code}A8${digitsFrom(`${producer.handle}:hkd`, 6)}`
}

/**
 * A 12-digit citizen ID number: province of birth (3 digits), sex and century (0 man, 1 woman,
 * born 1900–1999), year of birth (2 digits), then 6 digits. A "Thị" middle name is taken as a woman's.
 */
export function idNumberOf(producer: Pick<ProducerSeed, "handle" | "province_code" | "representative">): string {
  const woman = /\sThị\s/.test(` ${producer.representative} `)
  const year = 60 + (Number(digitsFrom(`${producer.handle}:born`, 2)) % 30)
  return `${ID_PROVINCE[producer.province_code]}${woman ? 1 : 0}${year}${digitsFrom(`${producer.handle}:id`, 6)}`
}

/** How banks print a holder's name: capitals, no accents, đ as D. */
export function bankAccountName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase()
    .replace(/\s+/g, " ")
    .trim()
}

export function sellerEmailOf(handle: string): string {
  return `${handle}@${SELLER_EMAIL_DOMAIN}`
}

const KIND: Record<ProducerSeed["kind"], SellerKind> = {
  cooperative: "cooperative",
  enterprise: "enterprise",
  household: "household",
}

/** What registerSellerWorkflow gets for a producer; `index` picks the bank. */
export function sellerSeedOf(producer: ProducerSeed, index: number): SellerSeed {
  const organisation = producer.kind !== "household"
  const bank = BANKS[index % BANKS.length]
  const email = sellerEmailOf(producer.handle)
  return {
    email,
    member_name: producer.representative,
    seller: {
      handle: producer.handle,
      name: producer.name,
      kind: KIND[producer.kind],
      legal_form: organisation ? "organisation" : "household_business",
      tax_code: organisation ? taxCodeOf(producer) : null,
      business_registration_number: organisation ? null : householdRegistrationOf(producer),
      representative: producer.representative,
      id_number: idNumberOf(producer),
      phone: producer.phone,
      email,
      province_code: producer.province_code,
      ward_code: producer.ward_code,
      address_line: producer.street,
      story_vi: producer.description.vi,
      story_en: producer.description.en,
      logo_url: null,
      bank_bin: bank.bin,
      bank_account_number: bank.prefix + digitsFrom(`${producer.handle}:bank`, bank.digits - bank.prefix.length),
      // An organisation's account is in its name; a household business banks in its owner's.
      bank_account_name: bankAccountName(organisation ? producer.name : producer.representative),
    },
  }
}

/** The 20 producers, approved and owning their products. */
export const sellerSeeds: SellerSeed[] = producers.map(sellerSeedOf)
/** The applicant left pending. */
export const applicantSeed: SellerSeed = sellerSeedOf(sellerApplicant, producers.length)
