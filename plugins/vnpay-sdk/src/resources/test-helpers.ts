import { randomInt } from "node:crypto"
import { toVnpAmount } from "../amount.js"
import type { ClientContext } from "../context.js"
import { formatVnpDate } from "../dates.js"
import { VNPayInvalidRequestError } from "../errors.js"
import { signParams } from "../signing.js"
import type { SignedReturnQueryParams } from "../types.js"

/** `vnpay.testHelpers`: payloads signed like VNPay's, for tests of return pages and IPN handlers. */
export class TestHelpers {
  constructor(private readonly context: ClientContext) {}

  /**
   * A return-URL / IPN query shaped like VNPay's (vnp_Amount, vnp_BankCode, vnp_BankTranNo,
   * vnp_CardType, vnp_OrderInfo, vnp_PayDate, vnp_ResponseCode, vnp_TmnCode, vnp_TransactionNo,
   * vnp_TransactionStatus, vnp_TxnRef, vnp_SecureHash) and signed with this client's secret.
   * Append `.toString()` to a return URL, or pass it straight to `webhooks.constructEvent`.
   */
  signedReturnQuery(params: SignedReturnQueryParams): URLSearchParams {
    if (typeof params !== "object" || params === null) {
      throw new VNPayInvalidRequestError("params must be an object", "params")
    }
    if (typeof params.txnRef !== "string" || params.txnRef === "") {
      throw new VNPayInvalidRequestError("txnRef is required", "txnRef")
    }
    const transactionNo = params.transactionNo ?? String(randomInt(10_000_000, 100_000_000))
    const fields: Record<string, string | undefined> = {
      vnp_Amount: String(toVnpAmount(params.amount)),
      vnp_BankCode: params.bankCode ?? "NCB",
      vnp_BankTranNo: params.bankTranNo ?? `VNP${transactionNo}`,
      vnp_CardType: params.cardType ?? "ATM",
      vnp_OrderInfo: params.orderInfo ?? `Thanh toan don hang ${params.txnRef}`,
      vnp_PayDate: formatVnpDate(params.payDate ?? new Date()),
      vnp_ResponseCode: params.responseCode ?? "00",
      vnp_TmnCode: params.tmnCode ?? this.context.tmnCode,
      vnp_TransactionNo: transactionNo,
      vnp_TransactionStatus: params.transactionStatus ?? "00",
      vnp_TxnRef: params.txnRef,
      ...params.overrides,
    }
    const { query } = signParams(fields, this.context.hashSecret)
    return new URLSearchParams(query)
  }
}
