/**
 * What the provider keeps on a Medusa payment session / payment for VNPay: the attempt it was
 * bound to by the start-payment workflow (the attempt is the record; this is a copy for Medusa).
 */
export interface VNPaySessionData extends Record<string, unknown> {
  attempt_id: string
  txn_ref: string
  /** VND, integer */
  amount: number
  payment_url: string
  /** vnp_CreateDate of the attempt (yyyyMMddHHmmss, GMT+7): querydr and refund need it. */
  create_date: string
  expires_at: string
  /** Set once VNPay confirmed the payment. */
  transaction_no?: string
  pay_date?: string
  paid_bank_code?: string
  refunded_amount?: number
}

/** The attempt a session is bound to; only our workflows pass it (the store route refuses VNPay). */
export interface VNPayBoundAttempt {
  attempt_id: string
  txn_ref: string
  amount: number
  payment_url: string
  create_date: string
  expires_at: string
}
