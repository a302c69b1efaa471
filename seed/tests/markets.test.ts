import { readFileSync } from "node:fs"
import path from "node:path"
import { MARKET_CODE, STALL_CODE } from "@choso/market-rules"
import { describe, expect, it } from "vitest"
import {
  DEMO_VENDOR_STALL,
  marketOf,
  marketSeeds,
  PENDING_STALL,
  STALL_BANKS,
  stallInputOf,
  stallSeeds,
  vendorSeedOf,
} from "../src/catalog/markets.js"
import { applicantSeed, bankAccountName, sellerSeeds } from "../src/catalog/sellers.js"
import { planVendorLogins, vendorLoginNotice } from "../src/setup/account-plan.js"
import { DEMO_SELLER_PASSWORD, DEMO_VENDOR, DEMO_VENDOR_PASSWORD } from "../src/setup/constants.js"

interface UnitsFile {
  provinces: { code: string; wards: { code: string; full_name: string }[] }[]
}
const UNITS_PATH = path.resolve(__dirname, "../../plugins/vietnam/src/modules/vietnam/data/units.json")
const units = JSON.parse(readFileSync(UNITS_PATH, "utf8")) as UnitsFile
const wardName = (province: string, ward: string) =>
  units.provinces.find((p) => p.code === province)?.wards.find((w) => w.code === ward)?.full_name

const vendors = stallSeeds.map(vendorSeedOf)

describe("the chợ 4.0 markets", () => {
  it("are Chợ Phường 2 and Chợ Cà Mau in Cà Mau, Chợ Hàn and Chợ Cồn in Đà Nẵng, with distinct valid codes", () => {
    expect(marketSeeds.map((m) => [m.code, m.name, m.province_code])).toEqual([
      ["CM-P2", "Chợ Phường 2", "96"],
      ["CM-CAMAU", "Chợ Cà Mau", "96"],
      ["DN-HAN", "Chợ Hàn", "48"],
      ["DN-CON", "Chợ Cồn", "48"],
    ])
    for (const market of marketSeeds) {
      expect(market.code).toMatch(MARKET_CODE)
    }
    expect(new Set(marketSeeds.map((m) => m.code)).size).toBe(marketSeeds.length)
  })

  it("lie in a 2025 ward of their province, which their address names", () => {
    for (const market of marketSeeds) {
      const ward = wardName(market.province_code, market.ward_code)
      expect(ward, `${market.code} ${market.ward_code}`).toBeDefined()
      expect(market.address).toContain(ward)
    }
  })
})

describe("the stalls", () => {
  it("are two or three per market, with public codes of 3–16 capitals or digits", () => {
    for (const market of marketSeeds) {
      const count = stallSeeds.filter((s) => s.market === market.code).length
      expect(count, market.code).toBeGreaterThanOrEqual(2)
      expect(count, market.code).toBeLessThanOrEqual(3)
    }
    for (const stall of stallSeeds) {
      expect(stall.code).toMatch(STALL_CODE)
      expect(marketOf(stall).code).toBe(stall.market)
    }
    expect(new Set(stallSeeds.map((s) => s.code)).size).toBe(stallSeeds.length)
  })

  it("leave exactly one pending (account not verified yet), and the demo vendor's is active", () => {
    expect(stallSeeds.filter((s) => !s.verified).map((s) => s.code)).toEqual([PENDING_STALL])
    const demo = stallSeeds.find((s) => s.code === DEMO_VENDOR_STALL)!
    expect(demo).toMatchObject({ market: "CM-P2", number: "A12", verified: true })
    expect(DEMO_VENDOR).toEqual({ email: "p2a12@quay.choso.vn", stall: DEMO_VENDOR_STALL, market: "CM-P2" })
  })

  it("are paid into a fictional account of a common bank, held in the vendor's name as banks print it", () => {
    for (const stall of stallSeeds) {
      const input = stallInputOf(stall, { market_id: "mkt_1", seller_id: "sel_1" })
      const bank = STALL_BANKS[stall.bank_bin]
      expect(input.bank_account).toMatch(new RegExp(`^${bank.prefix}\\d{${bank.digits - bank.prefix.length}}$`))
      expect(input.bank_account.length).toBeGreaterThanOrEqual(10)
      expect(input.bank_account.length).toBeLessThanOrEqual(13)
      expect(input.account_holder).toMatch(/^[A-Z ]+$/)
      expect(input.account_holder).toBe(bankAccountName(stall.owner))
      expect(input.display_name).toMatch(/ \(minh hoạ\)$/)
    }
    expect(stallInputOf(stallSeeds[0], { market_id: "m", seller_id: "s" }).account_holder).toBe("NGUYEN THI SAU")
    const accounts = stallSeeds.map((s) => stallInputOf(s, { market_id: "m", seller_id: "s" }).bank_account)
    expect(new Set(accounts).size).toBe(accounts.length)
  })
})

describe("the stall vendors", () => {
  it("are sellers of kind stall, individuals or household businesses, each with its own login", () => {
    for (const [i, vendor] of vendors.entries()) {
      const stall = stallSeeds[i]
      expect(vendor.email).toBe(`${stall.code.toLowerCase()}@quay.choso.vn`)
      expect(vendor.seller).toMatchObject({
        handle: `quay-${stall.code.toLowerCase()}`,
        kind: "stall",
        legal_form: stall.legal_form,
        email: vendor.email,
        tax_code: null,
        province_code: marketOf(stall).province_code,
        ward_code: marketOf(stall).ward_code,
        representative: stall.owner,
      })
      expect(vendor.seller.name).toMatch(/\(minh hoạ\)$/)
      expect(vendor.seller.id_number).toMatch(/^\d{12}$/)
      expect(vendor.seller.phone).toMatch(/^0[35789]\d{8}$/)
      if (stall.legal_form === "household_business") {
        expect(vendor.seller.business_registration_number).toMatch(/^\d{2}A8\d{6}$/)
      } else {
        expect(vendor.seller.business_registration_number).toBeNull()
      }
      // Paid where the stall is paid.
      const input = stallInputOf(stall, { market_id: "m", seller_id: "s" })
      expect([vendor.seller.bank_bin, vendor.seller.bank_account_number, vendor.seller.bank_account_name]).toEqual([
        input.bank_bin,
        input.bank_account,
        input.account_holder,
      ])
    }
  })

  it("share no e-mail, handle, ID number or phone with the producers", () => {
    const others = [...sellerSeeds, applicantSeed]
    for (const key of ["email", "handle", "id_number", "phone"] as const) {
      const all = [...others, ...vendors].map((s) => s.seller[key])
      expect(new Set(all).size, key).toBe(all.length)
    }
  })

  it("sign in with choso-quay-2026 outside production, a random unprinted password in production", () => {
    expect(DEMO_VENDOR_PASSWORD).toBe("choso-quay-2026")
    expect(DEMO_VENDOR_PASSWORD).not.toBe(DEMO_SELLER_PASSWORD)
    const demo = planVendorLogins({ NODE_ENV: "development" })
    expect(demo.password()).toBe(DEMO_VENDOR_PASSWORD)
    expect(vendorLoginNotice(demo)).toBeNull()
    const production = planVendorLogins({ NODE_ENV: "production" }, () => "f".repeat(32))
    expect(production.password()).toBe("f".repeat(32))
    expect(vendorLoginNotice(production)).toContain("@quay.choso.vn")
    expect(vendorLoginNotice(production)).not.toContain("f".repeat(32))
  })
})
