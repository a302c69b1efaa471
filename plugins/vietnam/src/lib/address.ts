import type { AdminUnits } from "./admin-units"
import { normalizeVietnamesePhone } from "./phone"
import { foldVietnamese } from "./text"

/**
 * How a Vietnamese address is carried in Medusa's address fields (2025 two-level units, no district):
 * - country_code "vn"
 * - province: the province code ("96", which shipping zones match on) or its name; city: the ward's
 *   full name ("Phường Bạc Liêu")
 * - metadata.vn_province_code / metadata.vn_ward_code: the official codes ("96" / "31825")
 * - address_1: house number and street; phone: required
 */
export interface VietnameseAddressInput {
  country_code?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

export type AddressIssueCode =
  | "province_required"
  | "province_unknown"
  | "ward_required"
  | "ward_unknown"
  | "ward_not_in_province"
  | "province_name_mismatch"
  | "ward_name_mismatch"
  | "street_required"
  | "name_required"
  | "phone_required"
  | "phone_invalid"

export interface AddressIssue {
  field: "province" | "city" | "address_1" | "first_name" | "phone"
  code: AddressIssueCode
  message: string
}

const MESSAGES: Record<AddressIssueCode, string> = {
  province_required: "Vui lòng chọn tỉnh/thành phố (choose a province or city).",
  province_unknown: "Không có tỉnh/thành phố này trong danh mục 2025 (unknown province code).",
  ward_required: "Vui lòng chọn phường/xã (choose a ward or commune).",
  ward_unknown: "Không có phường/xã này trong danh mục 2025 (unknown ward code).",
  ward_not_in_province:
    "Phường/xã đã chọn không thuộc tỉnh/thành phố đã chọn (the ward does not belong to the province).",
  province_name_mismatch: "Tên tỉnh/thành phố không khớp với mã đã chọn (province name does not match its code).",
  ward_name_mismatch: "Tên phường/xã không khớp với mã đã chọn (ward name does not match its code).",
  street_required: "Vui lòng nhập số nhà, tên đường (enter the house number and street).",
  name_required: "Vui lòng nhập họ tên người nhận (enter the recipient's name).",
  phone_required: "Vui lòng nhập số điện thoại người nhận (enter a phone number).",
  phone_invalid: "Số điện thoại không hợp lệ, ví dụ 0912 345 678 (not a Vietnamese phone number, e.g. 0912 345 678).",
}

function issue(field: AddressIssue["field"], code: AddressIssueCode): AddressIssue {
  return { field, code, message: MESSAGES[code] }
}

function readCode(metadata: VietnameseAddressInput["metadata"], key: string): string | undefined {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}

function namesProvince(value: string, province: { code: string; name: string; full_name: string }): boolean {
  const folded = foldVietnamese(value)
  return (
    value.trim() === province.code ||
    folded === foldVietnamese(province.name) ||
    folded === foldVietnamese(province.full_name)
  )
}

/** Every problem with a Vietnamese delivery address, in form order; empty when it is deliverable. */
export function validateVietnameseAddress(units: AdminUnits, address: VietnameseAddressInput): AddressIssue[] {
  const issues: AddressIssue[] = []
  if (!address.first_name?.trim() && !address.last_name?.trim()) {
    issues.push(issue("first_name", "name_required"))
  }

  const provinceCode = readCode(address.metadata, "vn_province_code")
  const wardCode = readCode(address.metadata, "vn_ward_code")
  const province = provinceCode ? units.getProvince(provinceCode) : undefined
  if (!provinceCode) {
    issues.push(issue("province", "province_required"))
  } else if (!province) {
    issues.push(issue("province", "province_unknown"))
  } else if (address.province && !namesProvince(address.province, province)) {
    issues.push(issue("province", "province_name_mismatch"))
  }

  const found = wardCode ? units.getWard(wardCode) : undefined
  if (!wardCode) {
    issues.push(issue("city", "ward_required"))
  } else if (!found) {
    issues.push(issue("city", "ward_unknown"))
  } else if (province && found.province.code !== province.code) {
    issues.push(issue("city", "ward_not_in_province"))
  } else if (
    address.city &&
    foldVietnamese(address.city) !== foldVietnamese(found.ward.full_name) &&
    foldVietnamese(address.city) !== foldVietnamese(found.ward.name)
  ) {
    issues.push(issue("city", "ward_name_mismatch"))
  }

  if (!address.address_1?.trim()) {
    issues.push(issue("address_1", "street_required"))
  }

  if (!address.phone?.trim()) {
    issues.push(issue("phone", "phone_required"))
  } else if (!normalizeVietnamesePhone(address.phone)) {
    issues.push(issue("phone", "phone_invalid"))
  }
  return issues
}
