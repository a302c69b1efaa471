/** The attempt a session is bound to; only our workflows pass it (the store route refuses VNPay). */
export interface VNPayBoundAttempt {
  attempt_id: string
  txn_ref: string
  /** VND, integer */
  amount: number
  payment_url: string
  /** vnp_CreateDate of the attempt (yyyyMMddHHmmss, GMT+7): querydr and refund need it. */
  create_date: string
  expires_at: string
}

/**
 * What the provider keeps on a Medusa payment session / payment for VNPay: a copy of the bound
 * attempt (the attempt is the record), plus what VNPay confirmed.
 */
export interface VNPaySessionData extends VNPayBoundAttempt, Record<string, unknown> {
  /** Set once VNPay confirmed the payment. */
  transaction_no?: string
  pay_date?: string
  paid_bank_code?: string
  refunded_amount?: number
}
