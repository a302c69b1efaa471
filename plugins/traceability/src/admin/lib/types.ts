export interface Chain {
  status: "intact" | "broken" | "empty"
  count: number
  head_hash: string | null
  key_id: string | null
  signed_at_seq: number | null
  broken: { seq: number; event_id: string | null; reason: string } | null
  published: { day: string; seq: number } | null
}

export interface AdminLot {
  id: string
  code: string
  gtin: string | null
  short_code: string
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  product: { id: string; title: string | null; thumbnail: string | null }
  variant: { id: string; title: string | null }
  seller: { id: string; name: string | null }
  event_count: number
  chain?: Chain
}

export interface TraceEvent {
  id: string
  seq: number
  event_id: string
  step: string | null
  type: string
  event_time: string
  place_name: string | null
  quantity: { value: number; uom: string | null } | null
  photos: { url: string; sha256: string; thumbnail_url: string | null }[]
  note: string | null
  source: string
  hash: string
  error_declaration: { reason: string | null; declaration_time: string | null } | null
  corrected: boolean
}
