/**
 * The seller API of plugins/marketplace (see its README), as this storefront uses it: `/auth/seller/*`,
 * `/vendor/*` and the shoppers' `/store/sellers`, `/store/sellers/by-product/:handle`. One file, so a change
 * of the contract is one change here. The seller's codes come from @choso/seller-rules, as the plugin's do.
 */

import {
  DOCUMENT_KINDS,
  type DocumentKind,
  LEGAL_FORMS,
  type LegalForm,
  MEMBER_ROLES,
  type MemberRole,
  SELLER_ERRORS,
  SELLER_KINDS,
  SELLER_STATUSES,
  type SellerErrorCode,
  type SellerKind,
  type SellerStatus,
} from "@choso/seller-rules"

export type { DocumentKind, LegalForm, MemberRole, SellerErrorCode, SellerKind, SellerStatus }
export { DOCUMENT_KINDS, LEGAL_FORMS, MEMBER_ROLES, SELLER_KINDS, SELLER_STATUSES }

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value)
}

/** The stable `code`s of the plugin's refusals that the storefront explains. */
export const SELLER_ERROR_CODES = Object.values(SELLER_ERRORS)

export function isSellerKind(value: unknown): value is SellerKind {
  return typeof value === "string" && (SELLER_KINDS as readonly string[]).includes(value)
}

export function isLegalForm(value: unknown): value is LegalForm {
  return typeof value === "string" && (LEGAL_FORMS as readonly string[]).includes(value)
}

export function isSellerStatus(value: unknown): value is SellerStatus {
  return typeof value === "string" && (SELLER_STATUSES as readonly string[]).includes(value)
}

export function isSellerErrorCode(value: unknown): value is SellerErrorCode {
  return typeof value === "string" && (SELLER_ERROR_CODES as readonly string[]).includes(value)
}

/** A Medusa error body: `{ type, message, code? }`, with per-field `issues` for validation refusals. */
export interface ApiIssue {
  /** "tax_code", "variants.0.price" or a zod path such as ["variants", 0, "price"]. */
  field: string | (string | number)[]
  message: string
}
export interface ApiErrorBody {
  type?: string
  code?: string
  message?: string
  issues?: ApiIssue[]
  /** The OCOP plugin's rule violations: `{ field, code, message }` (read as issues). */
  problems?: (ApiIssue & { code?: string })[]
}

/** `POST /vendor/sellers`: the registration (field names = the `seller` model's). */
export interface SellerRegistrationInput {
  name: string
  kind: SellerKind
  legal_form: LegalForm
  tax_code?: string
  business_registration_number?: string
  representative: string
  /** CCCD, 12 digits; stored encrypted, shown masked. */
  id_number: string
  phone: string
  email: string
  province_code: string
  ward_code: string
  address_line: string
  bank_bin: string
  bank_account_number: string
  bank_account_name: string
  story_vi?: string
  story_en?: string
}

/** `POST /vendor/me`: phone, e-mail, address, story; the bank fields only for the owner. */
export type SellerProfileInput = Pick<
  SellerRegistrationInput,
  "phone" | "email" | "province_code" | "ward_code" | "address_line" | "story_vi" | "story_en"
> &
  Partial<Pick<SellerRegistrationInput, "bank_bin" | "bank_account_number" | "bank_account_name">>

export interface SellerStatusEventDTO {
  from_status: SellerStatus | null
  to_status: SellerStatus
  reason: string | null
  created_at: string
}

/** The seller as `GET /vendor/me` returns it to its members. */
export interface SellerDTO {
  id: string
  handle: string
  name: string
  kind: SellerKind
  legal_form: LegalForm
  status: SellerStatus
  /** Why it was rejected or suspended. */
  status_reason: string | null
  tax_code: string | null
  business_registration_number: string | null
  representative: string
  /** The ID number is never returned: its last 4 digits are. */
  id_number_last4?: string | null
  phone: string
  email: string
  province_code: string
  ward_code: string
  address_line: string
  story_vi: string | null
  story_en: string | null
  logo_url: string | null
  bank_bin: string
  bank_account_number: string
  bank_account_name: string
  status_events?: SellerStatusEventDTO[]
  documents?: DocumentDTO[]
  created_at?: string
}

/** An identity or registration document the seller sent (a private file only the operator opens). */
export interface DocumentDTO {
  id: string
  kind: DocumentKind
  mime_type: string
  size: number
  created_at: string
}

export interface MemberDTO {
  id: string
  name: string
  email: string
  role: MemberRole
  created_at?: string
}

export interface InviteDTO {
  id: string
  email: string
  expires_at: string
  accepted_at?: string | null
  created_at?: string
}

export interface LocalizedText {
  vi: string
  en?: string | null
}

/** A processed product photo (WebP) from `POST /vendor/photos`. */
export interface PhotoDTO {
  url: string
  sizes: Record<string, string>
  width?: number
  height?: number
}

export interface VendorVariantInput {
  id?: string
  title: LocalizedText
  /** Integer đồng. */
  price: number
  stock: number
  sku?: string
}

/** `POST /vendor/products` and `/vendor/products/:id`. The first photo is the thumbnail. */
export interface VendorProductInput {
  title: LocalizedText
  description?: { vi?: string; en?: string }
  category_id?: string
  variants: VendorVariantInput[]
  photos: Pick<PhotoDTO, "url" | "sizes">[]
}

/** Medusa's product statuses; a seller's product is "draft" or "published". */
export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

export interface VendorVariantDTO extends VendorVariantInput {
  id: string
}

export interface VendorProductDTO {
  id: string
  handle: string
  status: ProductStatus
  thumbnail: string | null
  title: LocalizedText
  description?: { vi?: string | null; en?: string | null } | null
  category_id?: string | null
  variants: VendorVariantDTO[]
  photos: PhotoDTO[]
  updated_at?: string
}

/**
 * A seller as shoppers see it (`GET /store/sellers/:handle`, `GET /store/sellers/by-product/:handle`):
 * the identity the E-commerce Law (122/2025) asks a platform to show, with the address's unit names.
 */
export interface PublicSellerDTO {
  handle: string
  name: string
  kind: SellerKind
  legal_form: LegalForm
  tax_code: string | null
  business_registration_number: string | null
  representative: string
  phone: string
  email: string
  province_code: string
  ward_code: string
  province_name?: string | null
  ward_name?: string | null
  address_line: string
  story_vi?: string | null
  story_en?: string | null
  logo_url?: string | null
}
