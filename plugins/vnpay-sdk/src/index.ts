export { VNPay } from "./client.js"
export {
  VNPayError,
  VNPayInvalidRequestError,
  VNPaySignatureVerificationError,
  VNPayConnectionError,
  VNPayAPIError,
  VNPayResponseMismatchError,
} from "./errors.js"
export type { VNPayAnsweredField } from "./errors.js"
export {
  RESPONSE_CODES,
  TRANSACTION_STATUSES,
  API_RESPONSE_CODES,
  IPN_REPLIES,
  PAYMENT_METHODS,
  describeResponseCode,
  isPaymentMethod,
} from "./codes.js"
export type { Bilingual, BankCode, IpnReplyCode, PaymentMethod } from "./codes.js"
export { canonicalQuery, signParams, verifyParams, hashFields } from "./signing.js"
export type { VnpParams, VnpParamValue } from "./signing.js"
export { formatVnpDate, parseVnpDate } from "./dates.js"
export { toVnpAmount, fromVnpAmount, MIN_PAYMENT_AMOUNT, MAX_PAYMENT_AMOUNT } from "./amount.js"
export { environmentFromUrl, SANDBOX, PRODUCTION } from "./environment.js"
export type { VNPayEnvironment, ResolvedEnvironment } from "./environment.js"
export { stripVietnameseAccents } from "./order-info.js"
export { QUERYDR_RESPONSE_HASH_FIELDS, REFUND_RESPONSE_HASH_FIELDS } from "./api-response.js"
export { QUERYDR_REQUEST_HASH_FIELDS } from "./resources/transactions.js"
export { REFUND_REQUEST_HASH_FIELDS } from "./resources/refunds.js"
export type { PaymentUrls } from "./resources/payment-urls.js"
export type { Webhooks } from "./resources/webhooks.js"
export type { Ipn } from "./resources/ipn.js"
export type { Transactions } from "./resources/transactions.js"
export type { Refunds } from "./resources/refunds.js"
export type { TestHelpers } from "./resources/test-helpers.js"
export type * from "./types.js"
