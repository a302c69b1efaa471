import { Link } from "react-router"
import { Alert } from "~/components/Alert"
import { PaymentFacts } from "~/components/vnpay/PaymentFacts"
import { useT } from "~/lib/use-t"
import type { VNPayReturnView } from "~/lib/vnpay-view"

/** VNPay reversed the payment or flagged it: an operator checks; the shopper must not pay twice. */
export function Review({ view }: { view: Extract<VNPayReturnView, { state: "review" }> }) {
  const t = useT()
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      <h1 id="vnpay-title">{t("vnpay.review.title")}</h1>
      <Alert kind="info" id="vnpay-review">
        <p>{t("vnpay.review.body")}</p>
      </Alert>
      <PaymentFacts amount={view.amount} txnRef={view.txnRef} />
      <p className="outcome-actions">
        <Link className="button button-primary" to="/danh-muc">
          {t("cart.continue")}
        </Link>
      </p>
      <p className="muted small">{t("vnpay.support", { txnRef: view.txnRef })}</p>
    </section>
  )
}
