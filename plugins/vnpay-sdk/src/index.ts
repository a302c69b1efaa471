export { fromVnpAmount, MAX_PAYMENT_AMOUNT, MIN_PAYMENT_AMOUNT, toVnpAmount } from "./amount.js"
export { QUERYDR_RESPONSE_HASH_FIELDS, REFUND_RESPONSE_HASH_FIELDS } from "./api-response.js"
export { VNPay } from "./client.js"
export type { BankCode, Bilingual, IpnReplyCode, PaymentMethod } from "./codes.js"
export {
  API_RESPONSE_CODES,
  describeResponseCode,
  IPN_REPLIES,
  isPaymentMethod,
  PAYMENT_METHODS,
  RESPONSE_CODES,
  TRANSACTION_STATUSES,
} from "./codes.js"
export { formatVnpDate, parseVnpDate } from "./dates.js"
export type { ResolvedEnvironment, VNPayEnvironment } from "./environment.js"
export { environmentFromUrl, PRODUCTION, SANDBOX } from "./environment.js"
export type { VNPayAnsweredField } from "./errors.js"
export {
  VNPayAPIError,
  VNPayConnectionError,
  VNPayError,
  VNPayInvalidRequestError,
  VNPayResponseMismatchError,
  VNPaySignatureVerificationError,
} from "./errors.js"
export { stripVietnameseAccents } from "./order-info.js"
export type { Ipn } from "./resources/ipn.js"
export type { PaymentUrls } from "./resources/payment-urls.js"
export type { Refunds } from "./resources/refunds.js"
export { REFUND_REQUEST_HASH_FIELDS } from "./resources/refunds.js"
export type { TestHelpers } from "./resources/test-helpers.js"
export type { Transactions } from "./resources/transactions.js"
export { QUERYDR_REQUEST_HASH_FIELDS } from "./resources/transactions.js"
export type { Webhooks } from "./resources/webhooks.js"
export type { VnpParams, VnpParamValue } from "./signing.js"
export { canonicalQuery, hashFields, signParams, verifyParams } from "./signing.js"
export type * from "./types.js"
