import type { AuthorityLevel, CertificateStatus, OcopGroup } from "@choso/ocop-rules"

export type Stars = 3 | 4 | 5

export type EventAction = "submitted" | "approved" | "rejected" | "revoked" | "expired" | "warned" | "replaced"

export type ActorType = "seller" | "user" | "system"

/** One step of a certificate's history (who did what, when, and why). */
export interface CertificateEvent {
  id: string
  action: EventAction
  from_status: CertificateStatus | null
  to_status: CertificateStatus | null
  actor_type: ActorType
  actor_id: string | null
  reason: string | null
  created_at: string
}

export interface CertificateDocument {
  url: string
  mime_type: string
  size: number
}

/** A certificate as /admin/ocop/* returns it (days "YYYY-MM-DD", times ISO strings). */
export interface Certificate {
  id: string
  status: CertificateStatus
  stars: Stars
  group: OcopGroup
  /** Out of 100; its band decides the stars (starsForScore). */
  score: number
  authority_level: AuthorityLevel
  authority_name: string
  decision_number: string
  decision_date: string
  valid_until: string
  document: CertificateDocument
  products: { id: string; title: string; handle: string }[]
  seller: { id: string; name: string; handle: string } | null
  /** The reviewer's reason (rejected or revoked). */
  reason: string | null
  /** The certificate this one renews. */
  replaces_id: string | null
  /** Approved: days until valid_until (Vietnam days). */
  days_left: number | null
  /** Expiry warnings already sent to the seller (days ahead). */
  warnings: number[]
  created_at: string
  reviewed_at: string | null
  events?: CertificateEvent[]
}

export interface CertificateList {
  certificates: Certificate[]
  count: number
  limit?: number
  offset?: number
}

/** GET /admin/products/:id/ocop. */
export interface ProductOcop {
  current: Certificate | null
  certificates: Certificate[]
}

/** The queue's tabs: every status the operator sees, then all. */
export type StatusFilter = Exclude<CertificateStatus, "draft"> | "all"

export type ReviewAction = "approve" | "reject" | "revoke"

/** GET /admin/users/:id, enough to name who reviewed. */
export interface AdminUser {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}
