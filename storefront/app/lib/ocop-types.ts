/**
 * The OCOP plugin's HTTP contract (plugins/ocop/API.md) as the storefront reads it, and the small
 * view models its pages send to the browser. Dates are Vietnam calendar days, "YYYY-MM-DD".
 */
import type { AuthorityLevel, CertificateStatus, OcopGroup } from "@choso/ocop-rules"

export type { AuthorityLevel, CertificateStatus, OcopGroup }

export type OcopStars = 3 | 4 | 5

export type CertificateEventAction =
  | "submitted"
  | "approved"
  | "rejected"
  | "revoked"
  | "expired"
  | "warned"
  | "replaced"

export interface CertificateEventDTO {
  id: string
  action: CertificateEventAction
  from_status: CertificateStatus | null
  to_status: CertificateStatus | null
  actor_type: "seller" | "user" | "system"
  actor_id: string | null
  reason: string | null
  created_at: string
}

export interface CertificateDTO {
  id: string
  status: CertificateStatus
  stars: OcopStars
  group: OcopGroup
  score: number
  authority_level: AuthorityLevel
  authority_name: string
  decision_number: string
  decision_date: string
  valid_until: string
  document: { url: string; mime_type: "application/pdf" | "image/webp"; size: number }
  products: { id: string; title: string; handle: string }[]
  seller: { id: string; name: string; handle: string }
  /** The reviewer's reason (rejected / revoked). */
  reason: string | null
  /** This certificate renews that one. */
  replaces_id: string | null
  /** Approved: days until valid_until (Vietnam days). */
  days_left: number | null
  /** Expiry warnings already sent. */
  warnings: (60 | 30)[]
  created_at: string
  reviewed_at: string | null
  events?: CertificateEventDTO[]
  /** The national OCOP register (shoppers' answer). */
  register_url?: string
}

/** The badge riding on a store product (`+ocop_badge.stars,+ocop_badge.group,+ocop_badge.valid_until`). */
export interface BadgeDTO {
  stars: OcopStars
  group: OcopGroup
  valid_until: string
  certificate_id?: string
}

/** `GET /store/ocop/certificates/by-product/:handle` */
export interface ProductCertificateAnswer {
  certificate: CertificateDTO | null
  register_url?: string
}

/** `GET /store/ocop/products?stars=&group=&limit=&offset=` */
export interface OcopProductsAnswer {
  products: { id: string; handle: string; badge: BadgeDTO }[]
  count: number
}

/** `GET /vendor/ocop/certificates` */
export interface VendorCertificatesAnswer {
  certificates: CertificateDTO[]
}

/** A 400 of the OCOP routes: the rules the submission breaks. */
export interface OcopProblem {
  field: string
  code: string
  message: string
}

// ── View models ─────────────────────────────────────────────────────────────

/** What a product card and the product page show: only while the certificate is valid. */
export interface OcopBadgeVM {
  stars: OcopStars
  group: OcopGroup
  validUntil: string
}

/** The certificate panel of a product page. */
export interface CertificatePanelVM {
  stars: OcopStars
  group: OcopGroup
  authorityLevel: AuthorityLevel
  authorityName: string
  decisionNumber: string
  decisionDate: string
  validUntil: string
  /** The scanned decision (PDF or image), or null when its address is not a web address. */
  document: { url: string; kind: "pdf" | "image" } | null
  registerUrl: string
}

/** A certificate in the seller channel's list. */
export interface SellerCertificateVM {
  id: string
  status: CertificateStatus
  stars: OcopStars
  group: OcopGroup
  score: number
  authorityLevel: AuthorityLevel
  authorityName: string
  decisionNumber: string
  decisionDate: string
  validUntil: string
  daysLeft: number | null
  products: { id: string; title: string }[]
  reason: string | null
  replacesId: string | null
  documentUrl: string | null
  createdAt: string
  events: {
    id: string
    action: CertificateEventAction
    actor: "seller" | "user" | "system"
    reason: string | null
    at: string
  }[]
}
