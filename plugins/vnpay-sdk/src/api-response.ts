import { fromVnpAmount } from "./amount.js"
import { API_RESPONSE_CODES, TRANSACTION_STATUSES } from "./codes.js"
import { parseVnpDate } from "./dates.js"
import { VNPayAPIError, VNPayResponseMismatchError, VNPaySignatureVerificationError } from "./errors.js"
import { hashFields, safeEqualHex } from "./signing.js"
import type { ApiResultBase, TransactionOutcome } from "./types.js"

/** Fields, in order, whose `|`-joined values VNPay signs in a querydr response. */
export const QUERYDR_RESPONSE_HASH_FIELDS = [
  "vnp_ResponseId",
  "vnp_Command",
  "vnp_ResponseCode",
  "vnp_Message",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_BankCode",
  "vnp_PayDate",
  "vnp_TransactionNo",
  "vnp_TransactionType",
  "vnp_TransactionStatus",
  "vnp_OrderInfo",
  "vnp_PromotionCode",
  "vnp_PromotionAmount",
] as const

/** Fields, in order, whose `|`-joined values VNPay signs in a refund response. */
export const REFUND_RESPONSE_HASH_FIELDS = QUERYDR_RESPONSE_HASH_FIELDS.slice(0, 13)

/** The JSON body as strings (numbers as VNPay wrote them, null/absent as ""). */
export function toStringRecord(body: unknown): Record<string, string> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new VNPayAPIError(
      "INVALID_RESPONSE",
      { vi: "VNPay trả về dữ liệu không hợp lệ", en: "VNPay's answer is not a JSON object" },
      { raw: body }
    )
  }
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") out[key] = value
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value)
  }
  return out
}

/** What a querydr/refund answer must be about: the request's vnp_TxnRef and vnp_Command. */
export interface ApiRequestSubject {
  txnRef: string
  command: string
}

/**
 * Checks a querydr/refund response:
 * - a response carrying vnp_SecureHash must match it (else VNPaySignatureVerificationError), and a
 *   success ("00") must carry one; its vnp_TmnCode must be ours;
 * - its vnp_TxnRef and vnp_Command must be the request's (else VNPayResponseMismatchError);
 * - then a vnp_ResponseCode other than "00" throws VNPayAPIError with its meaning (an unsigned
 *   error answer is reported as that error: it cannot make anything succeed).
 */
export function verifyApiResponse(
  raw: Record<string, string>,
  fields: readonly string[],
  context: { hashSecret: string; tmnCode: string },
  request: ApiRequestSubject,
  statusCode: number
): void {
  const code = raw.vnp_ResponseCode ?? ""
  const received = raw.vnp_SecureHash
  if (received) {
    const expected = hashFields(
      context.hashSecret,
      fields.map((field) => raw[field] ?? "")
    )
    if (!safeEqualHex(expected, received)) {
      throw new VNPaySignatureVerificationError("VNPay API response signature does not match")
    }
  } else if (code === "00") {
    throw new VNPaySignatureVerificationError("VNPay API response has no vnp_SecureHash")
  }
  if (raw.vnp_TmnCode !== undefined && raw.vnp_TmnCode !== "" && raw.vnp_TmnCode !== context.tmnCode) {
    throw new VNPaySignatureVerificationError(`VNPay API response is for another merchant (${raw.vnp_TmnCode})`)
  }
  const subject = [
    ["vnp_TxnRef", request.txnRef],
    ["vnp_Command", request.command],
  ] as const
  for (const [field, expected] of subject) {
    const received = raw[field] ?? ""
    // Both are signed into every answer: a success must carry them, an error answer may leave them out.
    if ((received !== "" || code === "00") && received !== expected) {
      throw new VNPayResponseMismatchError(field, expected, received, { statusCode, raw })
    }
  }
  if (code !== "00") {
    throw new VNPayAPIError(code || "UNKNOWN", API_RESPONSE_CODES[code] ?? API_RESPONSE_CODES["99"], {
      statusCode,
      raw,
    })
  }
}

export function outcomeOf(responseCode: string, transactionStatus: string): TransactionOutcome {
  if (responseCode === "00" && transactionStatus === "00") return "succeeded"
  if (transactionStatus === "01" || transactionStatus === "05" || transactionStatus === "06") return "pending"
  return "failed"
}

function responseAmount(raw: Record<string, string>): number | null {
  if (!raw.vnp_Amount) return null
  try {
    return fromVnpAmount(raw.vnp_Amount)
  } catch {
    throw new VNPayAPIError(
      "INVALID_RESPONSE",
      { vi: "vnp_Amount không hợp lệ", en: `VNPay sent an invalid vnp_Amount: ${raw.vnp_Amount}` },
      { raw }
    )
  }
}

/** The camelCased, typed view shared by querydr and refund results. */
export function toApiResult(raw: Record<string, string>, requestId: string): ApiResultBase {
  const responseCode = raw.vnp_ResponseCode ?? ""
  const transactionStatus = raw.vnp_TransactionStatus ?? ""
  const status = outcomeOf(responseCode, transactionStatus)
  return {
    requestId,
    responseId: raw.vnp_ResponseId ?? "",
    responseCode,
    message: raw.vnp_Message ?? "",
    tmnCode: raw.vnp_TmnCode ?? "",
    txnRef: raw.vnp_TxnRef ?? "",
    amount: responseAmount(raw),
    bankCode: raw.vnp_BankCode ?? "",
    payDate: parseVnpDate(raw.vnp_PayDate),
    transactionNo: raw.vnp_TransactionNo ?? "",
    transactionType: raw.vnp_TransactionType ?? "",
    transactionStatus,
    transactionStatusMeaning: TRANSACTION_STATUSES[transactionStatus] ?? {
      vi: "Trạng thái không xác định",
      en: "Unknown status",
    },
    orderInfo: raw.vnp_OrderInfo ?? "",
    succeeded: status === "succeeded",
    status,
    raw,
  }
}
