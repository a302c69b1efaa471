import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { producers, products } from "../src/catalog/index.js"
import {
  applicantSeed,
  BANKS,
  bankAccountName,
  isValidTaxCode,
  sellerApplicant,
  sellerSeeds,
  taxCodeCheckDigit,
} from "../src/catalog/sellers.js"
import { DEMO_SELLERS } from "../src/setup/constants.js"

interface UnitsFile {
  provinces: { code: string; wards: { code: string }[] }[]
}
const UNITS_PATH = path.resolve(__dirname, "../../plugins/vietnam/src/modules/vietnam/data/units.json")
const units = JSON.parse(readFileSync(UNITS_PATH, "utf8")) as UnitsFile

const all = [...sellerSeeds, applicantSeed]

describe("taxCodeCheckDigit", () => {
  it("gives the 10th digit of real tax codes", () => {
    expect(isValidTaxCode("0100109106")).toBe(true)
    expect(isValidTaxCode("0300588569")).toBe(true)
    expect(isValidTaxCode("0100109107")).toBe(false)
    expect(isValidTaxCode("010010910")).toBe(false)
  })

  it("has none when the sum leaves no remainder", () => {
    // 31 × 1 + 29 × 1 + 23 × 1 + 19 × 1 + 17 × 1 + 13 × 1 + 7 × 1 + 5 × 1 + 3 × 8 = 168 = 11 × 15 + 3
    expect(taxCodeCheckDigit("111111118")).toBe(7)
    expect(taxCodeCheckDigit("000000000")).toBeNull()
  })
})

describe("bankAccountName", () => {
  it("prints names as banks do", () => {
    expect(bankAccountName("Hợp tác xã Ong Mật Tràm Xanh U Minh")).toBe("HOP TAC XA ONG MAT TRAM XANH U MINH")
    expect(bankAccountName("Đặng Thị  Ba")).toBe("DANG THI BA")
  })
})

describe("the demo sellers", () => {
  it("are the twenty producers, with their address and their description as story", () => {
    expect(sellerSeeds.map((s) => s.seller.handle)).toEqual(producers.map((p) => p.handle))
    for (const [i, producer] of producers.entries()) {
      const { seller, member_name } = sellerSeeds[i]
      expect(seller).toMatchObject({
        name: producer.name,
        kind: producer.kind,
        representative: producer.representative,
        phone: producer.phone,
        province_code: producer.province_code,
        ward_code: producer.ward_code,
        address_line: producer.street,
        story_vi: producer.description.vi,
        story_en: producer.description.en,
      })
      expect(member_name).toBe(producer.representative)
    }
  })

  it("sign in as <handle>@nguoiban.choso.vn, each with its own e-mail", () => {
    for (const { email, seller } of all) {
      expect(email).toBe(`${seller.handle}@nguoiban.choso.vn`)
      expect(seller.email).toBe(email)
    }
    expect(new Set(all.map((s) => s.email)).size).toBe(all.length)
  })

  it("identify organisations by a valid tax code and households by a business registration", () => {
    for (const { seller } of all) {
      if (seller.kind === "cooperative" || seller.kind === "enterprise") {
        expect(seller.legal_form, seller.handle).toBe("organisation")
        expect(isValidTaxCode(seller.tax_code ?? ""), `${seller.handle} ${seller.tax_code}`).toBe(true)
        expect(seller.tax_code?.slice(0, 2)).toBe(seller.province_code === "96" ? "20" : "04")
        expect(seller.business_registration_number).toBeNull()
      } else {
        expect(seller.legal_form, seller.handle).toBe("household_business")
        expect(seller.tax_code).toBeNull()
        expect(seller.business_registration_number).toMatch(new RegExp(`^${seller.province_code}A8\\d{6}$`))
      }
    }
    const codes = all.map((s) => s.seller.tax_code ?? s.seller.business_registration_number)
    expect(new Set(codes).size).toBe(all.length)
  })

  it("have well-formed, distinct 12-digit ID numbers (province, sex and century, year of birth)", () => {
    for (const { seller } of all) {
      expect(seller.id_number).toMatch(/^\d{12}$/)
      expect(seller.id_number.slice(0, 3)).toBe(seller.province_code === "96" ? "096" : "048")
      const woman = seller.representative.includes(" Thị ")
      expect(seller.id_number[3], seller.representative).toBe(woman ? "1" : "0")
    }
    expect(new Set(all.map((s) => s.seller.id_number)).size).toBe(all.length)
  })

  it("bank at Vietcombank, VietinBank, BIDV or Agribank, under the name banks print", () => {
    const bins = new Set(all.map((s) => s.seller.bank_bin))
    expect([...bins].sort()).toEqual(["970405", "970415", "970418", "970436"])
    for (const { seller } of all) {
      const bank = BANKS.find((b) => b.bin === seller.bank_bin)!
      expect(seller.bank_account_number).toMatch(new RegExp(`^${bank.prefix}\\d{${bank.digits - bank.prefix.length}}$`))
      expect(seller.bank_account_name).toMatch(/^[A-Z0-9 ]+$/)
      const holder = seller.kind === "household" ? seller.representative : seller.name
      expect(seller.bank_account_name).toBe(bankAccountName(holder))
    }
    expect(new Set(all.map((s) => s.seller.bank_account_number)).size).toBe(all.length)
  })

  it("are the same on every run", async () => {
    const again = await import("../src/catalog/sellers.js")
    expect(again.sellerSeedOf(producers[3], 3)).toEqual(sellerSeeds[3])
  })
})

describe("the pending applicant", () => {
  it("is a household in Đà Nẵng, at a real ward, with no products", () => {
    expect(sellerApplicant.kind).toBe("household")
    expect(sellerApplicant.province_code).toBe("48")
    const province = units.provinces.find((p) => p.code === "48")!
    expect(province.wards.map((w) => w.code)).toContain(sellerApplicant.ward_code)
    expect(sellerApplicant.phone).toMatch(/^0[35789]\d{8}$/)
    expect(producers.map((p) => p.handle)).not.toContain(sellerApplicant.handle)
    expect(products.filter((p) => p.producer === sellerApplicant.handle)).toEqual([])
  })
})

describe("the demo logins README and npm start print", () => {
  it("are a cooperative, a household and the applicant", () => {
    const kindOf = (email: string) => all.find((s) => s.email === email)?.seller.kind
    expect(kindOf(DEMO_SELLERS.cooperative)).toBe("cooperative")
    expect(kindOf(DEMO_SELLERS.household)).toBe("household")
    expect(DEMO_SELLERS.applicant).toBe(applicantSeed.email)
  })
})
