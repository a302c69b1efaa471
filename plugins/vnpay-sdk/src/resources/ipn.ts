import { IPN_REPLIES, type IpnReplyCode } from "../codes.js"
import { VNPayInvalidRequestError } from "../errors.js"
import type { IpnReply } from "../types.js"

/** `vnpay.ipn`: the JSON bodies VNPay expects in answer to an IPN (always with HTTP 200). */
export class Ipn {
  /**
   * `{ RspCode, Message }` exactly as VNPay documents them. Decide in this order: signature (97)
   * → order exists (01) → amount (04) → still pending (02); then record the outcome, success or
   * failure, and answer 00. 99 for anything unexpected. VNPay retries an IPN that did not get 00.
   */
  reply<C extends IpnReplyCode>(code: C): IpnReply<C> {
    if (!Object.hasOwn(IPN_REPLIES, code)) {
      throw new VNPayInvalidRequestError(`Unknown IPN reply code ${String(code)}`, "code")
    }
    return { RspCode: code, Message: IPN_REPLIES[code] }
  }
}
