import { keyedMemo, memo, sdk } from "./medusa.server"
import type { ProvinceVM, WardVM } from "./types"

/** Shapes of the Vietnam plugin's store API (see plugins/vietnam). */
interface ProvinceDTO {
  code: string
  name: string
  full_name: string
  type: string
  ward_count: number
}
interface WardDTO {
  code: string
  name: string
  full_name: string
  type: string
}
export interface AddressIssueDTO {
  field: string
  code: string
  message: string
}

const DAY = 24 * 60 * 60 * 1000

const provincesCache = memo<ProvinceVM[]>(DAY, async () => {
  const { provinces } = await sdk().client.fetch<{ provinces: ProvinceDTO[] }>("/store/vn/provinces")
  return provinces
    .map((p) => ({ code: p.code, name: p.name, fullName: p.full_name }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
})

const wardsCache = keyedMemo<WardVM[]>(DAY, async (provinceCode) => {
  const { wards } = await sdk().client.fetch<{ wards: WardDTO[] }>(
    `/store/vn/provinces/${encodeURIComponent(provinceCode)}/wards`
  )
  return wards
    .map((w) => ({ code: w.code, fullName: w.full_name }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, "vi"))
})

/** The 34 provinces of the 2025 list, sorted by name. */
export function listProvinces(): Promise<ProvinceVM[]> {
  return provincesCache.get()
}

/** Provinces if they are already cached (no network). */
export function peekProvinces(): ProvinceVM[] | undefined {
  return provincesCache.peek()
}

export function listWards(provinceCode: string): Promise<WardVM[]> {
  if (!/^\d{2}$/.test(provinceCode)) {
    return Promise.resolve([])
  }
  return wardsCache.get(provinceCode)
}

export function peekWards(provinceCode: string): WardVM[] | undefined {
  return wardsCache.peek(provinceCode)
}

/** Province name by code ("96" → "Cà Mau"); null when unknown or the list is unavailable. */
export async function provinceNames(): Promise<Map<string, string>> {
  try {
    const provinces = await listProvinces()
    return new Map(provinces.map((p) => [p.code, p.name]))
  } catch {
    return new Map()
  }
}

/** The backend's own check of an address, with machine-readable codes. */
export async function validateAddressRemotely(
  address: Record<string, unknown>
): Promise<{ valid: boolean; issues: AddressIssueDTO[] }> {
  return sdk().client.fetch<{ valid: boolean; issues: AddressIssueDTO[] }>("/store/vn/address-validation", {
    method: "POST",
    body: address,
  })
}
