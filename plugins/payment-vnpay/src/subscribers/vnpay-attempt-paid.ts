import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { VNPAY_ATTEMPT_PAID_EVENT } from "../lib/constants"
import { finishVNPayAttempt } from "../lib/finish-attempt"

/** The slow half of an IPN: the order (or the refund), after VNPay already has its answer. */
export default async function vnpayAttemptPaid({ event, container }: SubscriberArgs<{ id: string }>) {
  await finishVNPayAttempt(container, event.data.id)
}

export const config: SubscriberConfig = { event: VNPAY_ATTEMPT_PAID_EVENT }
