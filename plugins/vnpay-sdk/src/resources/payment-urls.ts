import { toVnpAmount } from "../amount.js"
import type { ClientContext } from "../context.js"
import { formatVnpDate } from "../dates.js"
import { normalizeOrderInfo } from "../order-info.js"
import { signParams } from "../signing.js"
import type { PaymentUrl, PaymentUrlCreateParams } from "../types.js"
import {
  requireObject,
  validateBankCode,
  validateDate,
  validateExpiresInMinutes,
  validateHttpUrl,
  validateIpAddr,
  validateLocale,
  validateOrderType,
  validatePaymentAmount,
  validateTxnRef,
} from "../validation.js"

/** `vnpay.paymentUrls`: builds signed VNPay 2.1.0 payment URLs. */
export class PaymentUrls {
  constructor(private readonly context: ClientContext) {}

  /**
   * Validates every parameter (VNPayInvalidRequestError naming the bad one), then builds the
   * signed URL to redirect the customer to. No network call.
   */
  create(params: PaymentUrlCreateParams): PaymentUrl {
    requireObject(params, "params")
    const amount = validatePaymentAmount(params.amount)
    const txnRef = validateTxnRef(params.txnRef)
    const orderInfo = normalizeOrderInfo(params.orderInfo)
    const returnUrl = validateHttpUrl(params.returnUrl, "returnUrl")
    const ipAddr = validateIpAddr(params.ipAddr)
    const locale = validateLocale(params.locale)
    const bankCode = validateBankCode(params.bankCode)
    const orderType = validateOrderType(params.orderType)
    const created = params.createDate === undefined ? new Date() : validateDate(params.createDate, "createDate")
    const expiresInMinutes = validateExpiresInMinutes(params.expiresInMinutes)

    const createdAt = new Date(Math.floor(created.getTime() / 1000) * 1000)
    const expiresAt = new Date(createdAt.getTime() + expiresInMinutes * 60_000)
    const signed: Record<string, string> = {
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: this.context.tmnCode,
      vnp_Amount: String(toVnpAmount(amount)),
      vnp_CurrCode: "VND",
      vnp_TxnRef: txnRef,
      vnp_OrderInfo: orderInfo,
      vnp_OrderType: orderType,
      vnp_Locale: locale,
      vnp_ReturnUrl: returnUrl,
      vnp_IpAddr: ipAddr,
      vnp_CreateDate: formatVnpDate(createdAt),
      vnp_ExpireDate: formatVnpDate(expiresAt),
    }
    if (bankCode !== undefined) {
      signed.vnp_BankCode = bankCode
    }
    const { query } = signParams(signed, this.context.hashSecret)
    return {
      url: `${this.context.environment.paymentUrl}?${query}`,
      txnRef,
      amount,
      createdAt,
      expiresAt,
      transactionDate: signed.vnp_CreateDate,
      params: signed,
    }
  }
}
