import type { AttemptStatus } from "../../lib/attempt-status"

/** What GET /admin/vnpay/attempts returns for each attempt (dates as ISO strings). */
export interface VNPayAttemptSummary {
  id: string
  txn_ref: string
  purpose: string
  resource_id: string
  /** Integer đồng. */
  amount: number
  status: AttemptStatus
  reason: string | null
  response_code: string | null
  transaction_status: string | null
  transaction_no: string | null
  paid_bank_code: string | null
  pay_date: string | null
  order_id: string | null
  last_error: string | null
  refund_status: string | null
  refund_requested_at: string | null
  refunded_at: string | null
  created_at: string
  updated_at: string
}

export interface VNPayAttemptEvent {
  id: string
  type: string
  from_status: AttemptStatus | null
  to_status: AttemptStatus
  detail: Record<string, unknown> | null
  created_at: string
}

/** GET /admin/vnpay/attempts/:id: every column and the history. */
export interface VNPayAttemptDetail extends VNPayAttemptSummary {
  payment_session_id: string | null
  create_date: string
  expires_at: string
  bank_code: string | null
  locale: string
  ip: string
  order_info: string
  payment_url: string
  source: string | null
  outcome_at: string | null
  completion_tries: number
  refund_transaction_no: string | null
  events: VNPayAttemptEvent[]
}

export type AttemptField = Exclude<keyof VNPayAttemptDetail, "events">

export interface VNPayAttemptList {
  vnpay_attempts: VNPayAttemptSummary[]
  count: number
  limit: number
  offset: number
}

/** The list's filter: what GET /admin/vnpay/attempts accepts as `status`. */
export type AttemptFilter = "attention" | "all" | AttemptStatus
