/**
 * OCOP certificates in the storefront, pure code shared by loaders and pages: reading a product's
 * badge (shown only while valid, Vietnam time), the certificate panel, the seller channel's list,
 * and the i18n keys of the contract's enumerations.
 */
import {
  AUTHORITY_LEVELS,
  CERTIFICATE_STATUSES,
  EXPIRY_WARNING_DAYS,
  isValidOn,
  NATIONAL_REGISTER_URL,
  OCOP_GROUPS,
} from "@choso/ocop-rules"
import type { MessageKey } from "./i18n"
import type {
  AuthorityLevel,
  BadgeDTO,
  CertificateDTO,
  CertificateEventAction,
  CertificatePanelVM,
  CertificateStatus,
  OcopBadgeVM,
  OcopGroup,
  OcopStars,
  SellerCertificateVM,
} from "./ocop-types"

export const OCOP_STARS: readonly OcopStars[] = [5, 4, 3]

export function isOcopGroup(value: unknown): value is OcopGroup {
  return typeof value === "string" && (OCOP_GROUPS as readonly string[]).includes(value)
}

export function isOcopStars(value: unknown): value is OcopStars {
  return value === 3 || value === 4 || value === 5
}

export function isAuthorityLevel(value: unknown): value is AuthorityLevel {
  return typeof value === "string" && (AUTHORITY_LEVELS as readonly string[]).includes(value)
}

export function isCertificateStatus(value: unknown): value is CertificateStatus {
  return typeof value === "string" && (CERTIFICATE_STATUSES as readonly string[]).includes(value)
}

/** "5" → 5; anything else (absent, "2", "5.0") → null. */
export function parseStars(value: string | null): OcopStars | null {
  const stars = value && /^[345]$/.test(value) ? Number(value) : null
  return isOcopStars(stars) ? stars : null
}

/**
 * A product's `ocop_badge` (an object; a one-element list is read too) as the card shows it, or
 * null: no badge, a malformed one, or one whose last valid day is before `today` (the backend's
 * daily job removes expired badges; this is the second guard).
 */
export function readBadge(value: unknown, today: string): OcopBadgeVM | null {
  const badge = (Array.isArray(value) ? value[0] : value) as Partial<BadgeDTO> | null | undefined
  if (!badge || typeof badge !== "object") {
    return null
  }
  const stars = Number(badge.stars)
  if (!isOcopStars(stars) || !isOcopGroup(badge.group) || typeof badge.valid_until !== "string") {
    return null
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(badge.valid_until) || badge.valid_until < today) {
    return null
  }
  return { stars, group: badge.group, validUntil: badge.valid_until }
}

/** An http(s) address, resolved against `base` when relative; null for anything else. */
export function webUrl(value: unknown, base?: string): string | null {
  if (typeof value !== "string" || !value.trim()) {
    return null
  }
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null
  } catch {
    return null
  }
}

/** The product page's panel, or null unless the certificate is approved and valid today. */
export function toCertificatePanel(
  certificate: CertificateDTO | null | undefined,
  today: string,
  options: { registerUrl?: unknown; documentBase?: string } = {}
): CertificatePanelVM | null {
  if (!certificate || !isValidOn(certificate, today)) {
    return null
  }
  if (!isOcopStars(certificate.stars) || !isOcopGroup(certificate.group)) {
    return null
  }
  const documentUrl = webUrl(certificate.document?.url, options.documentBase)
  return {
    stars: certificate.stars,
    group: certificate.group,
    authorityLevel: certificate.authority_level,
    authorityName: certificate.authority_name,
    decisionNumber: certificate.decision_number,
    decisionDate: certificate.decision_date,
    validUntil: certificate.valid_until,
    document: documentUrl
      ? { url: documentUrl, kind: certificate.document.mime_type === "application/pdf" ? "pdf" : "image" }
      : null,
    registerUrl: webUrl(options.registerUrl) ?? webUrl(certificate.register_url) ?? NATIONAL_REGISTER_URL,
  }
}

export function toSellerCertificate(certificate: CertificateDTO, documentBase?: string): SellerCertificateVM {
  return {
    id: certificate.id,
    status: certificate.status,
    stars: certificate.stars,
    group: certificate.group,
    score: certificate.score,
    authorityLevel: certificate.authority_level,
    authorityName: certificate.authority_name,
    decisionNumber: certificate.decision_number,
    decisionDate: certificate.decision_date,
    validUntil: certificate.valid_until,
    daysLeft: typeof certificate.days_left === "number" ? certificate.days_left : null,
    products: (certificate.products ?? []).map((p) => ({ id: p.id, title: p.title || p.handle })),
    reason: certificate.reason?.trim() || null,
    replacesId: certificate.replaces_id ?? null,
    documentUrl: webUrl(certificate.document?.url, documentBase),
    createdAt: certificate.created_at,
    events: (certificate.events ?? []).map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actor_type,
      reason: e.reason?.trim() || null,
      at: e.created_at,
    })),
  }
}

/** The longest warning period: an approved certificate ending within it gets the banner. */
export const WARNING_DAYS = Math.max(...EXPIRY_WARNING_DAYS)

export interface ExpiryWarning {
  id: string
  products: string[]
  validUntil: string
  daysLeft: number
  /** Within the last (30-day) warning. */
  urgent: boolean
}

/**
 * Approved certificates ending within 60 days and not yet renewed (no submitted or approved
 * certificate replaces them), soonest first.
 */
export function expiryWarnings(certificates: readonly SellerCertificateVM[]): ExpiryWarning[] {
  const renewed = new Set(
    certificates
      .filter((c) => c.replacesId && (c.status === "submitted" || c.status === "approved"))
      .map((c) => c.replacesId)
  )
  const last = Math.min(...EXPIRY_WARNING_DAYS)
  return certificates
    .filter((c) => c.status === "approved" && c.daysLeft !== null && c.daysLeft >= 0 && c.daysLeft <= WARNING_DAYS)
    .filter((c) => !renewed.has(c.id))
    .map((c) => ({
      id: c.id,
      products: c.products.map((p) => p.title),
      validUntil: c.validUntil,
      daysLeft: c.daysLeft ?? 0,
      urgent: (c.daysLeft ?? 0) <= last,
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft)
}

// ── i18n keys ───────────────────────────────────────────────────────────────

const GROUP: Record<OcopGroup, MessageKey> = {
  "thuc-pham": "ocop.group.thuc-pham",
  "do-uong": "ocop.group.do-uong",
  "duoc-lieu": "ocop.group.duoc-lieu",
  "thu-cong-my-nghe": "ocop.group.thu-cong-my-nghe",
  "sinh-vat-canh": "ocop.group.sinh-vat-canh",
  "du-lich": "ocop.group.du-lich",
}

const STATUS: Record<CertificateStatus, MessageKey> = {
  draft: "ocop.status.draft",
  submitted: "ocop.status.submitted",
  approved: "ocop.status.approved",
  rejected: "ocop.status.rejected",
  expired: "ocop.status.expired",
  revoked: "ocop.status.revoked",
}

const AUTHORITY: Record<AuthorityLevel, MessageKey> = {
  central: "ocop.authority.central",
  provincial: "ocop.authority.provincial",
  district: "ocop.authority.district",
}

const EVENT: Record<CertificateEventAction, MessageKey> = {
  submitted: "ocop.event.submitted",
  approved: "ocop.event.approved",
  rejected: "ocop.event.rejected",
  revoked: "ocop.event.revoked",
  expired: "ocop.event.expired",
  warned: "ocop.event.warned",
  replaced: "ocop.event.replaced",
}

export function groupKey(group: OcopGroup): MessageKey {
  return GROUP[group]
}

export function statusKey(status: CertificateStatus): MessageKey {
  return STATUS[status] ?? "ocop.status.draft"
}

export function authorityKey(level: AuthorityLevel): MessageKey {
  return AUTHORITY[level] ?? "ocop.authority.provincial"
}

export function eventKey(action: CertificateEventAction): MessageKey {
  return EVENT[action] ?? "ocop.event.submitted"
}

/** "2027-03-14" → "14/03/2027" (a calendar day: no time zone arithmetic). */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day
}
