import type { DocumentKind, LegalForm, MemberRole, SellerKind, SellerStatus } from "../../lib/seller-codes"

/** What GET /admin/sellers returns for each seller (dates as ISO strings). */
export interface SellerSummary {
  id: string
  handle: string
  /** The legal name. */
  name: string
  kind: SellerKind
  legal_form: LegalForm
  status: SellerStatus
  /** Why it was rejected or suspended (the seller reads it). */
  status_reason?: string | null
  province_code: string
  province_name?: string | null
  created_at: string
  updated_at?: string
  tax_code?: string | null
  business_registration_number?: string | null
  representative?: string
  phone?: string
  email?: string
}

export interface SellerMember {
  id: string
  name: string
  email: string
  role: MemberRole
  created_at?: string
}

/** A private identity or registration document; the file itself is GET /admin/sellers/:id/documents/:document_id. */
export interface SellerDocument {
  id: string
  kind: DocumentKind
  mime_type: string
  /** Bytes. */
  size: number
  created_at?: string
}

/** One status change, append-only; the API sorts them oldest first. */
export interface SellerStatusEvent {
  id: string
  from_status: SellerStatus | null
  to_status: SellerStatus
  reason: string | null
  /** "user" for an operator, "seller" for the seller re-applying, "system"… */
  actor_type: string
  actor_id: string | null
  created_at: string
}

/** GET /admin/sellers/:id: the identity, members, documents, history and product count. */
export interface SellerDetail extends SellerSummary {
  tax_code: string | null
  business_registration_number: string | null
  representative: string
  /** "••••••••1234": the ID number itself never leaves the backend. */
  id_number_masked: string
  phone: string
  email: string
  address_line: string
  ward_code: string
  ward_name?: string | null
  story_vi: string | null
  story_en: string | null
  logo_url?: string | null
  bank_bin: string
  bank_name?: string | null
  bank_account_number: string
  bank_account_name: string
  members: SellerMember[]
  documents: SellerDocument[]
  status_events: SellerStatusEvent[]
  product_count: number
}

export interface SellerList {
  sellers: SellerSummary[]
  count: number
  limit?: number
  offset?: number
}

/** The list's filter: a status, or every seller (no `status` sent). */
export type SellerFilter = SellerStatus | "all"

/** What an operator may set through POST /admin/sellers/:id/status. */
export type SellerStatusTarget = Exclude<SellerStatus, "pending">

export interface SellerStatusChange {
  status: SellerStatusTarget
  reason?: string
}

/** Medusa's notification (GET /admin/notifications), with `status` asked for by `fields=+status`. */
export interface SentNotification {
  id: string
  to: string
  channel: string
  template: string | null
  /** What the template is given; Chợ Số's e-mails put `subject`, `text` and `link` here. */
  data: Record<string, unknown> | null
  trigger_type?: string | null
  resource_id?: string | null
  resource_type?: string | null
  status?: "pending" | "success" | "failure" | string
  created_at: string
}

export interface SentNotificationList {
  notifications: SentNotification[]
  count: number
  limit?: number
  offset?: number
}

/** The message list's filter: e-mails only, or every channel (feed notifications of the admin too). */
export type MessageFilter = "email" | "all"
