import type {
  PaymentRail,
  PaymentRequestStatus,
  ReviewDecision,
  ReviewReason,
  StallStatus,
  TransferOutcome,
} from "@choso/market-rules"

/** A market as GET /admin/markets/:id returns it (dates as ISO strings). */
export interface Market {
  id: string
  /** "CM-P2": capitals, digits and dashes. */
  code: string
  name: string
  province_code: string
  ward_code: string
  address: string
  /** Seeded demo data, shown as "minh hoạ". */
  illustration: boolean
  created_at: string
  updated_at?: string
}

/** GET /admin/markets: each market with how many stalls it has. */
export interface MarketSummary extends Market {
  stall_count: number
}

export interface MarketList {
  markets: MarketSummary[]
  count: number
  limit?: number
  offset?: number
}

/** A stall's own fields, as the market's `stalls` relation returns them. */
export interface Stall {
  id: string
  /** Public code, in the printed sign's URL /c/{code}. */
  code: string
  number: string
  display_name: string
  goods: string | null
  photo_url: string | null
  bank_bin: string
  bank_account: string
  /** The holder's name the stall declared; the operator checks it with the bank. */
  account_holder: string
  account_verified_at: string | null
  account_verified_by: string | null
  status: StallStatus
  market_id?: string
  created_at: string
  updated_at?: string
}

/** GET /admin/markets/:id. */
export interface MarketDetail extends Market {
  stalls: Stall[]
}

/** GET /admin/stalls and /admin/stalls/:id: the stall with its market and its owner (a seller of kind "stall"). */
export interface StallWithOwner extends Stall {
  market: { id: string; code: string; name: string } | null
  seller?: { id: string; name: string; handle: string; status: string } | null
}

export interface StallList {
  stalls: StallWithOwner[]
  count: number
  limit?: number
  offset?: number
}

/** A payment request as the backend's requestView shows it. */
export interface PaymentRequest {
  id: string
  /** "CS" + 5: the transfer's content and VNPay's TxnRef. */
  reference: string
  /** Whole đồng. */
  amount: number
  rail: PaymentRail
  status: PaymentRequestStatus
  expires_at: string | null
  created_at: string | null
  paid_at: string | null
  /** The amount in Vietnamese words ("hai trăm nghìn đồng"). */
  words: string
}

/** GET /admin/stall-payments: a request with its stall and what confirmed it. */
export interface AdminPaymentRequest extends PaymentRequest {
  stall: { id: string; code: string; display_name: string }
  confirmation_source: "sepay" | "vnpay" | "vendor" | null
}

export interface PaymentRequestList {
  payment_requests: AdminPaymentRequest[]
  count: number
  limit?: number
  offset?: number
}

/** One bank transaction a webhook reported, stored with its raw payload. */
export interface IncomingTransfer {
  id: string
  provider: string
  provider_transaction_id: string
  /** The receiving account. */
  account: string
  amount: number | string
  /** The transfer's content, as the customer's bank wrote it. */
  content: string
  transaction_date: string
  /** Null until matched. */
  outcome: TransferOutcome | null
  reason: ReviewReason | null
  reference: string | null
  payment_request_id: string | null
  stall_id: string | null
  /** The vendor's decision on a "cần kiểm tra" transfer. */
  resolution: ReviewDecision | null
  resolution_note: string | null
  resolved_at: string | null
  raw?: unknown
  created_at?: string
}

export interface IncomingTransferList {
  incoming_transfers: IncomingTransfer[]
  count: number
  limit?: number
  offset?: number
}

/** GET /admin/stalls/:id: the stall, its last requests and its open "cần kiểm tra" transfers. */
export interface StallDetailResponse {
  stall: StallWithOwner
  requests: PaymentRequest[]
  reviews: IncomingTransfer[]
}

/** POST /admin/markets (MarketBody); POST /admin/markets/:id takes any part of it. */
export interface MarketInput {
  code: string
  name: string
  province_code: string
  ward_code: string
  address: string
  illustration?: boolean
}

/** The stall's own fields, as POST /admin/stalls/:id changes them (StallUpdateBody). */
export interface StallFieldsInput {
  code: string
  number: string
  display_name: string
  goods?: string | null
  photo_url?: string | null
  bank_bin: string
  bank_account: string
  account_holder: string
}

/** POST /admin/stalls (StallBody). */
export interface StallInput extends StallFieldsInput {
  market_id: string
  seller_id: string
}

export type StallUpdate = Partial<StallFieldsInput> & { status?: StallStatus }

/** What GET /admin/sellers returns of a seller, enough to pick a stall's owner. */
export interface SellerOption {
  id: string
  name: string
  handle: string
  kind: string
  status: string
  representative?: string
}

export type StallFilter = StallStatus | "all"
export type RequestFilter = PaymentRequestStatus | "all"
export type OutcomeFilter = TransferOutcome | "all"
