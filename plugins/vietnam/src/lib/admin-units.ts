import { foldVietnamese } from "./text"

export type ProvinceType = "tỉnh" | "thành phố"
export type WardType = "phường" | "xã" | "đặc khu"

export interface Ward {
  code: string
  name: string
  full_name: string
  type: WardType
}

export interface Province {
  code: string
  name: string
  full_name: string
  type: ProvinceType
  wards: Ward[]
}

export interface AdminUnitsFile {
  source: string
  effective: string
  provinces: Province[]
}

export type ProvinceSummary = Omit<Province, "wards"> & { ward_count: number }

/** Codes that other sources use for the same unit (see the data README: Ba Chẽ). */
const WARD_CODE_ALIASES: Record<string, string> = { "06970": "06978" }

/** Read-only index over the 2025 two-level units: provinces by code, wards by code. */
export class AdminUnits {
  readonly effective: string
  private readonly provincesByCode = new Map<string, Province>()
  private readonly wardsByCode = new Map<string, { ward: Ward; province: Province }>()
  private readonly summaries: ProvinceSummary[]

  constructor(file: AdminUnitsFile) {
    this.effective = file.effective
    for (const province of file.provinces) {
      this.provincesByCode.set(province.code, province)
      for (const ward of province.wards) {
        this.wardsByCode.set(ward.code, { ward, province })
      }
    }
    this.summaries = file.provinces.map(({ wards, ...rest }) => ({
      ...rest,
      ward_count: wards.length,
    }))
  }

  listProvinces(): ProvinceSummary[] {
    return this.summaries
  }

  getProvince(code: string): Province | undefined {
    return this.provincesByCode.get(code)
  }

  getWard(code: string): { ward: Ward; province: Province } | undefined {
    return this.wardsByCode.get(WARD_CODE_ALIASES[code] ?? code)
  }

  /** Finds a province by its name or full name, whatever the accent placement or case. */
  findProvinceByName(name: string): Province | undefined {
    const folded = foldVietnamese(name)
    for (const province of this.provincesByCode.values()) {
      if (foldVietnamese(province.name) === folded || foldVietnamese(province.full_name) === folded) {
        return province
      }
    }
    return undefined
  }

  /** Wards of a province whose name contains the query (accent-insensitive). */
  searchWards(provinceCode: string, query: string): Ward[] {
    const province = this.getProvince(provinceCode)
    if (!province) {
      return []
    }
    const folded = foldVietnamese(query)
    return province.wards.filter((ward) => foldVietnamese(ward.full_name).includes(folded))
  }
}
