import type { MedusaContainer } from "@medusajs/framework/types"

interface VietnamUnits {
  listProvinces(): { code: string }[]
  retrieveProvince(code: string): { code: string; full_name: string; wards: { code: string; full_name: string }[] }
}

const vietnamOf = (container: MedusaContainer) => container.resolve<VietnamUnits>("vietnam")

/** The 2025 names of a province and one of its wards (null for a code no longer in the list). */
export function placeNames(container: MedusaContainer, provinceCode: string, wardCode: string) {
  try {
    const province = vietnamOf(container).retrieveProvince(provinceCode)
    return {
      province_name: province.full_name,
      ward_name: province.wards.find((w) => w.code === wardCode)?.full_name ?? null,
    }
  } catch {
    return { province_name: null, ward_name: null }
  }
}

let provinceByWard: Map<string, string> | null = null

/** The province a 2025 ward belongs to, or null when the code is no ward. */
export function provinceOfWard(container: MedusaContainer, wardCode: string): string | null {
  if (!provinceByWard) {
    const vietnam = vietnamOf(container)
    const index = new Map<string, string>()
    for (const { code } of vietnam.listProvinces()) {
      for (const ward of vietnam.retrieveProvince(code).wards) index.set(ward.code, code)
    }
    provinceByWard = index
  }
  return provinceByWard.get(wardCode) ?? null
}
