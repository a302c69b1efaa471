import { daysBetween, NATIONAL_REGISTER_URL, vietnamToday } from "@choso/ocop-rules"

interface CertificateLike {
  id: string
  status: string
  stars: number
  group: string
  score: number
  authority_level: string
  authority_name: string
  decision_number: string
  decision_date: string
  valid_until: string
  document_url: string
  document_mime_type: string
  document_size: number
  reason: string | null
  replaces_id: string | null
  warned_60_at: Date | string | null
  warned_30_at: Date | string | null
  created_at: Date | string
  reviewed_at: Date | string | null
  seller_id: string
  events?: EventLike[]
}

interface EventLike {
  id: string
  action: string
  from_status: string | null
  to_status: string | null
  actor_type: string
  actor_id: string | null
  reason: string | null
  created_at: Date | string
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

export interface ProductBrief {
  id: string
  title: string
  handle: string
}

export function certificateView(
  c: CertificateLike,
  extra: { products?: ProductBrief[]; seller?: { id: string; name: string; handle: string } | null } = {},
  today = vietnamToday()
) {
  return {
    id: c.id,
    status: c.status,
    stars: Number(c.stars),
    group: c.group,
    score: Number(c.score),
    authority_level: c.authority_level,
    authority_name: c.authority_name,
    decision_number: c.decision_number,
    decision_date: c.decision_date,
    valid_until: c.valid_until,
    document: { url: c.document_url, mime_type: c.document_mime_type, size: Number(c.document_size) },
    products: extra.products ?? [],
    seller: extra.seller ?? null,
    reason: c.reason,
    replaces_id: c.replaces_id,
    days_left: c.status === "approved" ? daysBetween(today, c.valid_until) : null,
    warnings: [c.warned_60_at ? 60 : null, c.warned_30_at ? 30 : null].filter((d): d is number => d !== null),
    created_at: iso(c.created_at),
    reviewed_at: iso(c.reviewed_at),
    register_url: NATIONAL_REGISTER_URL,
    ...(c.events
      ? {
          events: [...c.events]
            .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
            .map((e) => ({ ...e, created_at: iso(e.created_at) })),
        }
      : {}),
  }
}

export type CertificateView = ReturnType<typeof certificateView>
