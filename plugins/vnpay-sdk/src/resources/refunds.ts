import { toVnpAmount } from "../amount.js"
import { REFUND_RESPONSE_HASH_FIELDS, toApiResult } from "../api-response.js"
import type { ClientContext } from "../context.js"
import { formatVnpDate } from "../dates.js"
import { VNPayInvalidRequestError } from "../errors.js"
import { normalizeOrderInfo } from "../order-info.js"
import { hashFields } from "../signing.js"
import type { RefundCreateParams, RefundResult, RequestOptions } from "../types.js"
import {
  requireObject,
  requireText,
  toTransactionDate,
  validateIpAddr,
  validateRefundAmount,
  validateTransactionNo,
  validateTxnRef,
} from "../validation.js"
import { callTransactionApi, checkRequestOptions, chooseRequestId } from "./api-call.js"

/** Order of the fields VNPay signs in a refund request. */
export const REFUND_REQUEST_HASH_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TransactionType",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_TransactionNo",
  "vnp_TransactionDate",
  "vnp_CreateBy",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const

const TRANSACTION_TYPES = { full: "02", partial: "03" } as const

/** `vnpay.refunds`: VNPay's refund API. */
export class Refunds {
  constructor(private readonly context: ClientContext) {}

  /**
   * Asks VNPay to refund a payment, fully ("02") or partly ("03"). Any API response code other
   * than 00 throws VNPayAPIError (e.g. 94 already being refunded, 95 refused); a bad response
   * signature throws VNPaySignatureVerificationError; an answer about another TxnRef or command
   * throws VNPayResponseMismatchError.
   */
  async create(params: RefundCreateParams, options?: RequestOptions): Promise<RefundResult> {
    requireObject(params, "params")
    const txnRef = validateTxnRef(params.txnRef)
    const amount = validateRefundAmount(params.amount)
    const transactionNo = validateTransactionNo(params.transactionNo)
    const transactionDate = toTransactionDate(params.transactionDate)
    if (params.type !== "full" && params.type !== "partial") {
      throw new VNPayInvalidRequestError('type must be "full" or "partial"', "type")
    }
    const createdBy = requireText(params.createdBy, "createdBy")
    if (createdBy.includes("|")) {
      // The request hash joins fields with "|": a "|" inside one would make it ambiguous.
      throw new VNPayInvalidRequestError('createdBy must not contain "|"', "createdBy")
    }
    const ipAddr = validateIpAddr(params.ipAddr)
    const orderInfo = normalizeOrderInfo(params.orderInfo ?? `Hoan tien giao dich ${txnRef}`)
    const checked = checkRequestOptions(options)
    const requestId = chooseRequestId(params.requestId, checked)

    const body: Record<string, string> = {
      vnp_RequestId: requestId,
      vnp_Version: "2.1.0",
      vnp_Command: "refund",
      vnp_TmnCode: this.context.tmnCode,
      vnp_TransactionType: TRANSACTION_TYPES[params.type],
      vnp_TxnRef: txnRef,
      vnp_Amount: String(toVnpAmount(amount)),
      vnp_OrderInfo: orderInfo,
      vnp_TransactionNo: transactionNo,
      vnp_TransactionDate: transactionDate,
      vnp_CreateBy: createdBy,
      vnp_CreateDate: formatVnpDate(new Date()),
      vnp_IpAddr: ipAddr,
    }
    body.vnp_SecureHash = hashFields(
      this.context.hashSecret,
      REFUND_REQUEST_HASH_FIELDS.map((field) => body[field])
    )

    const raw = await callTransactionApi(this.context, body, REFUND_RESPONSE_HASH_FIELDS, checked)
    return toApiResult(raw, requestId)
  }
}
