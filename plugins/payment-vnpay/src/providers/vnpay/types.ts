/** What the provider keeps on a Medusa payment session / payment for VNPay. */
export interface VNPaySessionData extends Record<string, unknown> {
  session_id: string
  txn_ref: string
  attempt: number
  /** VND, integer */
  amount: number
  payment_url: string
  /** vnp_CreateDate of the attempt (yyyyMMddHHmmss, GMT+7): querydr and refund need it. */
  create_date: string
  expires_at: string
  order_info: string
  locale: "vn" | "en"
  bank_code?: string
  ip: string
  /** Set once VNPay confirmed the payment. */
  transaction_no?: string
  pay_date?: string
  paid_bank_code?: string
  refunded_amount?: number
}

/** What the storefront may pass when it starts a VNPay session. */
export interface VNPayInitiateData {
  ip?: string
  locale?: "vn" | "en"
  bank_code?: "VNPAYQR" | "VNBANK" | "INTCARD"
}
