import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { AdminUnits, type AdminUnitsFile } from "../src/lib/admin-units"

const file = JSON.parse(
  readFileSync(path.join(__dirname, "../src/modules/vietnam/data/units.json"), "utf8")
) as AdminUnitsFile
const units = new AdminUnits(file)

describe("2025 administrative units", () => {
  it("has the 34 provinces and 3,321 wards of the reform, effective 2026-04-30", () => {
    expect(units.listProvinces()).toHaveLength(34)
    expect(units.listProvinces().reduce((n, p) => n + p.ward_count, 0)).toBe(3321)
    expect(units.effective).toBe("2026-04-30")
  })

  it("knows the merged provinces: Bạc Liêu is a ward of Cà Mau, Tam Kỳ and Hội An are in Đà Nẵng", () => {
    expect(units.getWard("31825")?.province.code).toBe("96")
    expect(units.getWard("20341")?.province.name).toBe("Đà Nẵng")
    expect(units.getWard("20410")?.ward.full_name).toBe("Phường Hội An")
    expect(units.findProvinceByName("Quảng Nam")).toBeUndefined()
    expect(units.findProvinceByName("Bạc Liêu")).toBeUndefined()
  })

  it("finds provinces by name whatever the accent placement and case", () => {
    expect(units.findProvinceByName("thanh hóa")?.code).toBe("38")
    expect(units.findProvinceByName("Tỉnh Khánh Hòa")?.code).toBe("56")
    expect(units.findProvinceByName("TP Không Có")).toBeUndefined()
  })

  it("searches wards without accents", () => {
    const found = units.searchWards("48", "hoi an")
    expect(found.map((w) => w.code)).toContain("20410")
    expect(units.searchWards("99", "x")).toEqual([])
  })

  it("accepts NSO's old code for Ba Chẽ", () => {
    expect(units.getWard("06970")?.ward.code).toBe("06978")
  })
})
