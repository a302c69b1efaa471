import { QUERYDR_RESPONSE_HASH_FIELDS, toApiResult } from "../api-response.js"
import type { ClientContext } from "../context.js"
import { formatVnpDate } from "../dates.js"
import { normalizeOrderInfo } from "../order-info.js"
import { hashFields } from "../signing.js"
import type { RequestOptions, TransactionResult, TransactionRetrieveParams } from "../types.js"
import {
  requireObject,
  toTransactionDate,
  validateIpAddr,
  validateTransactionNo,
  validateTxnRef,
} from "../validation.js"
import { callTransactionApi, checkRequestOptions, chooseRequestId } from "./api-call.js"

/** Order of the fields VNPay signs in a querydr request. */
export const QUERYDR_REQUEST_HASH_FIELDS = [
  "vnp_RequestId",
  "vnp_Version",
  "vnp_Command",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_TransactionDate",
  "vnp_CreateDate",
  "vnp_IpAddr",
  "vnp_OrderInfo",
] as const

/** `vnpay.transactions`: VNPay's querydr API. */
export class Transactions {
  constructor(private readonly context: ClientContext) {}

  /**
   * Asks VNPay for a payment's state (querydr). A found payment that did not succeed is returned
   * with `succeeded: false`; an API error (e.g. 91 not found) throws VNPayAPIError; a bad response
   * signature throws VNPaySignatureVerificationError; an answer about another TxnRef or command
   * throws VNPayResponseMismatchError.
   */
  async retrieve(params: TransactionRetrieveParams, options?: RequestOptions): Promise<TransactionResult> {
    requireObject(params, "params")
    const txnRef = validateTxnRef(params.txnRef)
    const transactionDate = toTransactionDate(params.transactionDate)
    const ipAddr = validateIpAddr(params.ipAddr)
    const orderInfo = normalizeOrderInfo(params.orderInfo ?? `Truy van giao dich ${txnRef}`)
    const transactionNo = params.transactionNo === undefined ? undefined : validateTransactionNo(params.transactionNo)
    const checked = checkRequestOptions(options)
    const requestId = chooseRequestId(params.requestId, checked)

    const body: Record<string, string> = {
      vnp_RequestId: requestId,
      vnp_Version: "2.1.0",
      vnp_Command: "querydr",
      vnp_TmnCode: this.context.tmnCode,
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: orderInfo,
      vnp_TransactionDate: transactionDate,
      vnp_CreateDate: formatVnpDate(new Date()),
      vnp_IpAddr: ipAddr,
    }
    if (transactionNo !== undefined) {
      body.vnp_TransactionNo = transactionNo
    }
    body.vnp_SecureHash = hashFields(
      this.context.hashSecret,
      QUERYDR_REQUEST_HASH_FIELDS.map((field) => body[field])
    )

    const raw = await callTransactionApi(this.context, body, QUERYDR_RESPONSE_HASH_FIELDS, checked)
    return {
      ...toApiResult(raw, requestId),
      promotionCode: raw.vnp_PromotionCode ?? "",
      promotionAmount: raw.vnp_PromotionAmount ?? "",
    }
  }
}
