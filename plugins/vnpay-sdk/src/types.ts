import type { BankCode, Bilingual, IPN_REPLIES, IpnReplyCode } from "./codes.js"
import type { VNPayEnvironment } from "./environment.js"

export type Locale = "vn" | "en"

/** Options of `new VNPay(...)`. */
export interface VNPayConfig {
  /** vnp_TmnCode: the merchant (terminal) code VNPay issued. */
  tmnCode: string
  /** The hash secret VNPay issued (vnp_HashSecret). */
  hashSecret: string
  environment: VNPayEnvironment
  /** Per-attempt timeout of API calls in ms. Default 30000. */
  timeout?: number
  /** Retries after the first attempt on connection errors, timeouts and HTTP 5xx. Default 2. */
  maxNetworkRetries?: number
  /** The transport; defaults to the global fetch. Tests inject their own. */
  fetch?: typeof fetch
  /** First retry waits up to this many ms (full jitter), doubling each retry. Default 500. */
  retryBaseDelayMs?: number
  /** Cap of one retry's wait in ms. Default 8000. */
  retryMaxDelayMs?: number
  /** Jitter source in [0, 1). Default Math.random. For tests. */
  random?: () => number
  /** How the client waits between retries. Default setTimeout. For tests. */
  sleep?: (ms: number) => Promise<void>
}

/** Per-request options of `transactions.retrieve` and `refunds.create` (stripe-node style). */
export interface RequestOptions {
  timeout?: number
  maxNetworkRetries?: number
  /** vnp_RequestId to send (≤ 32 of [A-Za-z0-9_-]); a new one per call when absent. Reused across retries. */
  requestId?: string
}

// ---------------------------------------------------------------------------------------------
// Payment URLs

export interface PaymentUrlCreateParams {
  /** Integer VND, 5,000 ≤ amount < 1,000,000,000. */
  amount: number
  /** Unique per payment attempt; 1–100 of [A-Za-z0-9_-]. */
  txnRef: string
  /** Shown to the customer; accents are stripped, then only [A-Za-z0-9 .,:_#/-], ≤ 255. */
  orderInfo: string
  /** Where VNPay sends the customer back (http/https). */
  returnUrl: string
  /** The customer's IP address (IPv4 or IPv6). */
  ipAddr: string
  /** Payment page language. Default "vn". */
  locale?: Locale
  /** Skip VNPay's method choice: "VNPAYQR", "VNBANK", "INTCARD" or a bank code. */
  bankCode?: BankCode
  /** VNPay's goods category. Default "other". */
  orderType?: string
  /** Default now. Sent as vnp_CreateDate (GMT+7). */
  createDate?: Date
  /** Default 15, 1…1440. Sent as vnp_ExpireDate. */
  expiresInMinutes?: number
}

export interface PaymentUrl {
  /** Redirect the customer here. */
  url: string
  txnRef: string
  /** VND. */
  amount: number
  /** createDate, to the second. */
  createdAt: Date
  expiresAt: Date
  /** vnp_CreateDate as sent (yyyyMMddHHmmss, GMT+7): keep it, querydr and refund need it. */
  transactionDate: string
  /** Every vnp_* parameter that was signed (without vnp_SecureHash). */
  params: Record<string, string>
}

// ---------------------------------------------------------------------------------------------
// Return URL / IPN

/** What a return URL or IPN may come as: the raw query (with or without "?", or a whole URL), a URL, URLSearchParams, or a parsed object such as Express's req.query. */
export type WebhookPayload = string | URL | URLSearchParams | Readonly<Record<string, unknown>>

/** A verified VNPay return or IPN. */
export interface PaymentEvent {
  type: "payment.succeeded" | "payment.failed"
  txnRef: string
  /** VND (vnp_Amount ÷ 100). */
  amount: number
  /** vnp_ResponseCode "00" AND vnp_TransactionStatus "00". */
  succeeded: boolean
  responseCode: string
  transactionStatus: string
  /** VNPay's transaction number (vnp_TransactionNo): needed for refunds. */
  transactionNo: string
  bankCode: string
  bankTranNo?: string
  cardType?: string
  /** vnp_PayDate (GMT+7) or null if absent/invalid. */
  payDate: Date | null
  orderInfo: string
  tmnCode: string
  /** Meaning of responseCode. */
  message: Bilingual
  /** Every parameter received. */
  raw: Record<string, string>
}

export type IpnReply<C extends IpnReplyCode = IpnReplyCode> = { RspCode: C; Message: (typeof IPN_REPLIES)[C] }

// ---------------------------------------------------------------------------------------------
// querydr / refund

/** "succeeded" (TransactionStatus 00), "pending" (01 not completed, 05/06 refund in progress) or "failed". */
export type TransactionOutcome = "succeeded" | "pending" | "failed"

export interface TransactionRetrieveParams {
  txnRef: string
  /** The payment's vnp_CreateDate: a Date or the yyyyMMddHHmmss string (`PaymentUrl.transactionDate`). */
  transactionDate: Date | string
  /** IP address of the server making the request. */
  ipAddr: string
  /** Default "Truy van giao dich {txnRef}". */
  orderInfo?: string
  /** VNPay's transaction number, if known: sent as vnp_TransactionNo (not part of the hash). */
  transactionNo?: string
  requestId?: string
}

/** Fields common to querydr and refund responses, camelCased and typed. */
export interface ApiResultBase {
  /** The vnp_RequestId that was sent. */
  requestId: string
  /** vnp_ResponseId. */
  responseId: string
  /** vnp_ResponseCode of the API call: always "00" here (anything else throws VNPayAPIError). */
  responseCode: string
  /** vnp_Message as VNPay sent it. */
  message: string
  tmnCode: string
  txnRef: string
  /** VND, or null if VNPay sent no amount. */
  amount: number | null
  bankCode: string
  payDate: Date | null
  transactionNo: string
  /** "01" payment, "02" full refund, "03" partial refund. */
  transactionType: string
  transactionStatus: string
  /** Meaning of transactionStatus. */
  transactionStatusMeaning: Bilingual
  orderInfo: string
  /** responseCode "00" AND transactionStatus "00". */
  succeeded: boolean
  status: TransactionOutcome
  /** The response body, values as strings. */
  raw: Record<string, string>
}

export interface TransactionResult extends ApiResultBase {
  promotionCode: string
  promotionAmount: string
}

export interface RefundCreateParams {
  txnRef: string
  /** VND to refund: the whole payment for "full", less for "partial". */
  amount: number
  /** The payment's vnp_TransactionNo (from the IPN / return event). */
  transactionNo: string
  /** The payment's vnp_CreateDate: a Date or the yyyyMMddHHmmss string. */
  transactionDate: Date | string
  /** "full" → vnp_TransactionType 02, "partial" → 03. */
  type: "full" | "partial"
  /** Who asked for the refund (vnp_CreateBy). */
  createdBy: string
  /** IP address of the server making the request. */
  ipAddr: string
  /** Default "Hoan tien giao dich {txnRef}". */
  orderInfo?: string
  requestId?: string
}

/**
 * A refund VNPay accepted. `status` "pending" (TransactionStatus 05/06) is the usual answer while
 * VNPay or the bank processes it; `succeeded` stays strict (00 AND 00).
 */
export type RefundResult = ApiResultBase

// ---------------------------------------------------------------------------------------------
// Test helpers

export interface SignedReturnQueryParams {
  txnRef: string
  /** VND. */
  amount: number
  /** Default "00". */
  responseCode?: string
  /** Default "00". */
  transactionStatus?: string
  /** Default "NCB". */
  bankCode?: string
  /** Default 8 random digits. */
  transactionNo?: string
  /** Default "VNP" + transactionNo. */
  bankTranNo?: string
  /** Default "ATM". */
  cardType?: string
  /** Default now. */
  payDate?: Date
  /** Default "Thanh toan don hang {txnRef}". */
  orderInfo?: string
  /** Default the client's tmnCode. */
  tmnCode?: string
  /** Extra or replacement vnp_* fields, signed too; `undefined` removes a field. */
  overrides?: Record<string, string | undefined>
}
