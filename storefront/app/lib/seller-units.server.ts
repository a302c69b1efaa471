/** The 2025 province and ward lists a seller's address is checked against (cached; never fails the form). */

import type { UnitLists } from "./seller-form"
import type { WardVM } from "./types"
import { listProvinces, listWards } from "./vn-address.server"

/** Wards of a province for the ward select, [] when unknown or unavailable. */
export function wardsOf(province: string): Promise<WardVM[]> {
  return /^\d{2}$/.test(province) ? listWards(province).catch(() => []) : Promise.resolve([])
}

/** The lists to check a province/ward choice with; what cannot be loaded is left to the backend. */
export async function unitLists(province: string): Promise<{ units: UnitLists; wards: WardVM[] }> {
  const provinces = await listProvinces().catch(() => null)
  const provinceCodes = provinces ? new Set(provinces.map((p) => p.code)) : undefined
  const known = provinceCodes ? provinceCodes.has(province) : /^\d{2}$/.test(province)
  const wards = known ? await listWards(province).catch(() => null) : null
  return {
    units: { provinceCodes, wardCodes: wards ? new Set(wards.map((w) => w.code)) : undefined },
    wards: wards ?? [],
  }
}
