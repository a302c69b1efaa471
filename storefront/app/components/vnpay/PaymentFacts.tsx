import type { ReactNode } from "react"
import { formatVnd } from "~/lib/format"
import { useT } from "~/lib/use-t"

/** The amount and the TxnRef every VNPay outcome page shows; `children` adds rows between them. */
export function PaymentFacts({ amount, txnRef, children }: { amount: number; txnRef: string; children?: ReactNode }) {
  const t = useT()
  return (
    <dl className="details">
      <dt>{t("vnpay.amount")}</dt>
      <dd>{formatVnd(amount)}</dd>
      {children}
      <dt>{t("vnpay.txn_ref")}</dt>
      <dd>{txnRef}</dd>
    </dl>
  )
}
