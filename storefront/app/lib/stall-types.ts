/**
 * The market plugin's HTTP contract for the vendor screen /ban-hang and the public stall page
 * (plugins/market/API.md). Amounts are integer đồng; times are ISO strings.
 */
import type { PaymentRail, PaymentRequestStatus, ReviewDecision, ReviewReason, StallStatus } from "@choso/market-rules"

export type { PaymentRail, PaymentRequestStatus, ReviewDecision, ReviewReason, StallStatus }

export interface StallDTO {
  id: string
  code: string
  number: string
  display_name: string
  goods: string | null
  photo_url: string | null
  status: StallStatus
  market: { id: string; code: string; name: string } | null
  bank: { bin: string; bank_name: string; account_masked: string; holder: string; verified: boolean }
  /** Active and bank account verified by the operator. */
  can_take_payments: boolean
}

export interface DeviceDTO {
  id: string
  label: string
  created_at: string
  last_seen_at: string | null
  revoked_at: string | null
  /** The device that asks. */
  current: boolean
}

export interface PaymentRequestDTO {
  id: string
  /** "CS7K2QM" */
  reference: string
  amount: number
  rail: PaymentRail
  status: PaymentRequestStatus
  expires_at: string
  created_at: string
  paid_at: string | null
  /** VietQR EMV string, or the VNPay payment URL. */
  qr_payload: string
  /** "hai trăm nghìn đồng" */
  words: string
  /** "Đã nhận hai trăm nghìn đồng, mã CS7K2QM" — only meaningful once paid. */
  spoken: string
}

export interface TransferDTO {
  id: string
  amount: number
  content: string
  received_at: string
  reason: ReviewReason | null
  reference: string | null
  request: { id: string; reference: string; amount: number } | null
  words: string
  resolution: ReviewDecision | null
  resolution_note: string | null
  resolved_at: string | null
}

export type FeedEventType = "paid" | "review" | "cancelled" | "expired" | "resolved"

export interface FeedEventDTO {
  seq: number
  type: FeedEventType
  at: string
  request?: PaymentRequestDTO
  transfer?: TransferDTO
}

export interface StallTodayDTO {
  requests: PaymentRequestDTO[]
  reviews: TransferDTO[]
  total_paid: number
  count_paid: number
  last_seq: number
}

/** `GET /store/stalls/:code` — what a printed stall sign's QR opens. */
export interface PublicStallDTO {
  code: string
  number: string
  display_name: string
  goods: string | null
  photo_url: string | null
  market: { name: string; address: string | null }
  holder: string
  bank_name: string
  verified: boolean
}
