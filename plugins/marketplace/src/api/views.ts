import type { MedusaContainer } from "@medusajs/framework/types"
import { maskIdentity } from "../lib/identity-crypto"

type Row = Record<string, unknown>

interface VietnamNames {
  retrieveProvince(code: string): { code: string; full_name: string; wards: { code: string; full_name: string }[] }
}

/** The address with the 2025 unit names, for people (codes stay for machines). */
export function addressOf(container: MedusaContainer, seller: Row) {
  const provinceCode = String(seller.province_code)
  const wardCode = String(seller.ward_code)
  let province_name: string | null = null
  let ward_name: string | null = null
  try {
    const province = container.resolve<VietnamNames>("vietnam").retrieveProvince(provinceCode)
    province_name = province.full_name
    ward_name = province.wards.find((w) => w.code === wardCode)?.full_name ?? null
  } catch {
    // an old code no longer in the list: the codes are still shown
  }
  return {
    address_line: seller.address_line,
    ward_code: wardCode,
    ward_name,
    province_code: provinceCode,
    province_name,
  }
}

/** What the E-commerce Law asks a platform to show shoppers about who sells. */
export const PUBLIC_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "legal_form",
  "representative",
  "tax_code",
  "business_registration_number",
  "phone",
  "email",
  "province_code",
  "ward_code",
  "address_line",
  "story_vi",
  "story_en",
  "logo_url",
  "status",
] as const

export function publicSellerView(container: MedusaContainer, seller: Row) {
  const address = addressOf(container, seller)
  return {
    handle: seller.handle,
    name: seller.name,
    kind: seller.kind,
    legal_form: seller.legal_form,
    representative: seller.representative,
    tax_code: seller.tax_code ?? null,
    business_registration_number: seller.business_registration_number ?? null,
    phone: seller.phone,
    email: seller.email,
    ...address,
    story_vi: seller.story_vi ?? null,
    story_en: seller.story_en ?? null,
    logo_url: seller.logo_url ?? null,
  }
}

/** The seller's own view and the operator's: everything but the sealed ID number (its last 4 digits stay). */
export const FULL_FIELDS = [
  ...PUBLIC_FIELDS,
  "status_reason",
  "id_number_last4",
  "bank_bin",
  "bank_account_number",
  "bank_account_name",
  "created_at",
  "updated_at",
] as const

export function fullSellerView(container: MedusaContainer, seller: Row) {
  const address = addressOf(container, seller)
  return {
    ...seller,
    id_number_masked: maskIdentity(String(seller.id_number_last4 ?? "")),
    ward_name: address.ward_name,
    province_name: address.province_name,
    address,
  }
}
