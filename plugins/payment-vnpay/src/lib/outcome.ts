/** A payment outcome whose signature was already verified (an IPN or a querydr answer). */
export interface VerifiedOutcome {
  txn_ref: string
  amount: number
  response_code: string
  transaction_status: string
  transaction_no: string | null
  bank_code: string | null
  pay_date: Date | null
  source: "ipn" | "querydr"
  raw: Record<string, string>
}

/** The same fields come from the SDK's verified IPN event and its verified querydr result. */
export function toVerifiedOutcome(
  source: VerifiedOutcome["source"],
  from: {
    txnRef: string
    amount: number
    responseCode: string
    transactionStatus: string
    transactionNo?: string | null
    bankCode?: string | null
    payDate?: Date | null
    raw: Record<string, string>
  }
): VerifiedOutcome {
  return {
    txn_ref: from.txnRef,
    amount: from.amount,
    response_code: from.responseCode,
    transaction_status: from.transactionStatus,
    transaction_no: from.transactionNo || null,
    bank_code: from.bankCode || null,
    pay_date: from.payDate ?? null,
    source,
    raw: { ...from.raw },
  }
}
