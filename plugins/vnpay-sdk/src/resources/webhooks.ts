import { fromVnpAmount } from "../amount.js"
import { describeResponseCode } from "../codes.js"
import type { ClientContext } from "../context.js"
import { parseVnpDate } from "../dates.js"
import { VNPayInvalidRequestError, VNPaySignatureVerificationError } from "../errors.js"
import { toParamRecord, verifyParams } from "../signing.js"
import type { PaymentEvent, WebhookPayload } from "../types.js"

/** Normalises every accepted payload shape to the received parameters (first value of repeated keys). */
export function payloadToRecord(payload: WebhookPayload): Record<string, string> {
  if (typeof payload === "string" || payload instanceof URLSearchParams) {
    return toParamRecord(payload)
  }
  if (payload instanceof URL) {
    return toParamRecord(payload.searchParams)
  }
  if (typeof payload !== "object" || payload === null) {
    throw new VNPayInvalidRequestError("payload must be a query string, URL, URLSearchParams or object", "payload")
  }
  const record: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === "string") record[key] = value
    else if (Array.isArray(value)) record[key] = value.filter((item): item is string => typeof item === "string")
  }
  return toParamRecord(record)
}

/** `vnpay.webhooks`: verifies and parses what VNPay sends to the return URL and the IPN URL. */
export class Webhooks {
  constructor(private readonly context: ClientContext) {}

  /**
   * Verifies the signature (VNPaySignatureVerificationError if it is missing or wrong, or if the
   * query is for another vnp_TmnCode), then returns the typed event. A signed but malformed
   * query (no vnp_TxnRef, vnp_Amount not ×100) throws VNPayInvalidRequestError.
   */
  constructEvent(payload: WebhookPayload): PaymentEvent {
    const raw = payloadToRecord(payload)
    if (!raw.vnp_SecureHash) {
      throw new VNPaySignatureVerificationError("The VNPay query has no vnp_SecureHash")
    }
    if (!verifyParams(raw, this.context.hashSecret)) {
      throw new VNPaySignatureVerificationError()
    }
    // A correct signature for another terminal means a shared secret: not ours to accept.
    if (raw.vnp_TmnCode !== this.context.tmnCode) {
      throw new VNPaySignatureVerificationError(
        `The VNPay query is for another merchant (vnp_TmnCode ${raw.vnp_TmnCode ?? "missing"})`
      )
    }
    if (!raw.vnp_TxnRef) {
      throw new VNPayInvalidRequestError("The VNPay query has no vnp_TxnRef", "vnp_TxnRef")
    }
    if (raw.vnp_Amount === undefined) {
      throw new VNPayInvalidRequestError("The VNPay query has no vnp_Amount", "vnp_Amount")
    }
    const responseCode = raw.vnp_ResponseCode ?? ""
    const transactionStatus = raw.vnp_TransactionStatus ?? ""
    const succeeded = responseCode === "00" && transactionStatus === "00"
    const event: PaymentEvent = {
      type: succeeded ? "payment.succeeded" : "payment.failed",
      txnRef: raw.vnp_TxnRef,
      amount: fromVnpAmount(raw.vnp_Amount),
      succeeded,
      responseCode,
      transactionStatus,
      transactionNo: raw.vnp_TransactionNo ?? "",
      bankCode: raw.vnp_BankCode ?? "",
      payDate: parseVnpDate(raw.vnp_PayDate),
      orderInfo: raw.vnp_OrderInfo ?? "",
      tmnCode: raw.vnp_TmnCode,
      message: describeResponseCode(responseCode),
      raw,
    }
    if (raw.vnp_BankTranNo) event.bankTranNo = raw.vnp_BankTranNo
    if (raw.vnp_CardType) event.cardType = raw.vnp_CardType
    return event
  }
}
