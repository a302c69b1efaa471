import type { MessageKey } from "~/lib/i18n"
import type { PaymentRequestStatus } from "~/lib/stall-types"
import { useT } from "~/lib/use-t"

const CHIP: Record<PaymentRequestStatus, { key: MessageKey; tone: string }> = {
  // "Đã nhận" only for money the server confirmed.
  paid: { key: "stall.status.paid", tone: "paid" },
  needs_review: { key: "stall.status.needs_review", tone: "review" },
  pending: { key: "stall.status.pending", tone: "waiting" },
  expired: { key: "stall.status.expired", tone: "closed" },
  cancelled: { key: "stall.status.cancelled", tone: "closed" },
}

export function StatusChip({ status }: { status: PaymentRequestStatus }) {
  const t = useT()
  const chip = CHIP[status] ?? CHIP.pending
  return <span className={`stall-chip stall-chip-${chip.tone}`}>{t(chip.key)}</span>
}
