import { CheckCircleSolid, ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { TEXT } from "../lib/labels"
import type { Stall } from "../lib/types"

const N = TEXT.stall

/** Whether the stall can take QR payments now, and if not, why (the account check comes first). */
export function StallPaymentNotice({ stall }: { stall: Stall }) {
  const verified = !!stall.account_verified_at
  const ok = verified && stall.status === "active"
  const message = ok
    ? N.canTakePayments
    : stall.status === "suspended"
      ? N.cannotTakePayments.suspended
      : !verified
        ? N.cannotTakePayments.unverified
        : N.cannotTakePayments.pending
  return (
    <div className="flex items-start gap-x-2 bg-ui-bg-subtle px-6 py-3" role="note">
      {ok ? (
        <CheckCircleSolid className="mt-0.5 shrink-0 text-ui-fg-interactive" />
      ) : (
        <ExclamationCircle className="mt-0.5 shrink-0 text-ui-tag-orange-icon" />
      )}
      <Text size="small" className="text-ui-fg-subtle">
        {message}
      </Text>
    </div>
  )
}
