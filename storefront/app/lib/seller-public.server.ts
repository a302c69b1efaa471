/**
 * What shoppers see of a seller: `GET /store/sellers/:handle` (the seller's page) and
 * `GET /store/sellers/by-product/:handle` (the "Người bán" block of a product page). Both answer 404 for
 * a seller that is not approved, or a product without one: the pages then show nothing of it.
 */
import type { Lang } from "./i18n"
import { errorStatus, localeHeaders, sdk } from "./medusa.server"
import type { PublicSellerVM } from "./types"
import { isLegalForm, isSellerKind, type PublicSellerDTO } from "./vendor-types"
import { listProvinces, listWards } from "./vn-address.server"

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/** Unit names from the backend's answer, or from the 2025 lists the storefront already caches. */
async function unitNames(seller: PublicSellerDTO): Promise<{ province: string | null; ward: string | null }> {
  let province = text(seller.province_name)
  let ward = text(seller.ward_name)
  try {
    if (!province && seller.province_code) {
      province = (await listProvinces()).find((p) => p.code === seller.province_code)?.fullName ?? null
    }
    if (!ward && seller.ward_code && seller.province_code) {
      ward = (await listWards(seller.province_code)).find((w) => w.code === seller.ward_code)?.fullName ?? null
    }
  } catch {
    // The address is still shown, without the names the lists would give.
  }
  return { province, ward }
}

export async function toPublicSeller(seller: PublicSellerDTO, lang: Lang): Promise<PublicSellerVM> {
  const names = await unitNames(seller)
  const story = lang === "en" ? (text(seller.story_en) ?? text(seller.story_vi)) : text(seller.story_vi)
  return {
    handle: seller.handle,
    name: seller.name,
    kind: isSellerKind(seller.kind) ? seller.kind : null,
    legalForm: isLegalForm(seller.legal_form) ? seller.legal_form : null,
    taxCode: text(seller.tax_code),
    businessRegistration: text(seller.business_registration_number),
    representative: seller.representative ?? "",
    phone: seller.phone ?? "",
    email: seller.email ?? "",
    address: [text(seller.address_line), names.ward, names.province].filter(Boolean).join(", "),
    provinceName: names.province,
    story,
    logoUrl: text(seller.logo_url),
  }
}

export async function getShopSeller(
  handle: string,
  lang: Lang
): Promise<{ seller: PublicSellerVM; productIds: string[] } | null> {
  try {
    const answer = await sdk().client.fetch<{ seller: PublicSellerDTO; product_ids?: string[] }>(
      `/store/sellers/${encodeURIComponent(handle)}`,
      { headers: localeHeaders(lang) }
    )
    const productIds = (answer.product_ids ?? []).filter((id): id is string => typeof id === "string")
    return { seller: await toPublicSeller(answer.seller, lang), productIds }
  } catch (error) {
    if (errorStatus(error) === 404) {
      return null
    }
    throw error
  }
}

/** The product's seller, or null (no seller, not approved, or the call failed: the page still shows). */
export async function getProductSeller(productHandle: string, lang: Lang): Promise<PublicSellerVM | null> {
  try {
    const { seller } = await sdk().client.fetch<{ seller: PublicSellerDTO }>(
      `/store/sellers/by-product/${encodeURIComponent(productHandle)}`,
      { headers: localeHeaders(lang) }
    )
    return await toPublicSeller(seller, lang)
  } catch (error) {
    if (errorStatus(error) !== 404) {
      console.warn(`[storefront] seller of ${productHandle}: ${error instanceof Error ? error.message : error}`)
    }
    return null
  }
}
