import { VNPAY_PURPOSE_PAID_EVENT, type VNPayPurposePaid } from "@choso/payment-vnpay/lib/constants"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { VNPAY_STALL_PURPOSE } from "../lib/constants"
import { confirmVNPayStallPaymentWorkflow } from "../workflows/confirm-vnpay-stall-payment"

/** A stall's VNPay payment, verified by @choso/payment-vnpay: record it on the request. */
export default async function vnpayStallPaymentPaid({ event, container }: SubscriberArgs<VNPayPurposePaid>) {
  if (event.data.purpose !== VNPAY_STALL_PURPOSE) return
  await confirmVNPayStallPaymentWorkflow(container).run({
    input: { txn_ref: event.data.txn_ref, amount: event.data.amount, transaction_no: event.data.transaction_no },
  })
}

export const config: SubscriberConfig = { event: VNPAY_PURPOSE_PAID_EVENT }
