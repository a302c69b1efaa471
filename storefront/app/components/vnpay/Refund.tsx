import { Link } from "react-router"
import { Alert } from "~/components/Alert"
import { PaymentFacts } from "~/components/vnpay/PaymentFacts"
import { formatVnd } from "~/lib/format"
import type { MessageKey } from "~/lib/i18n"
import { useHydrated } from "~/lib/use-hydrated"
import { usePolling } from "~/lib/use-polling"
import { useT } from "~/lib/use-t"
import {
  POLL_INTERVAL_MS,
  POLL_LIMIT_MS,
  REFUND_TITLE,
  type RefundCause,
  type VNPayRefundStatus,
  type VNPayReturnView,
} from "~/lib/vnpay-view"

const OUTCOME: Record<VNPayRefundStatus, MessageKey> = {
  refunding: "vnpay.refund.outcome.refunding",
  refunded: "vnpay.refund.outcome.refunded",
  refund_failed: "vnpay.refund.outcome.refund_failed",
}

const STATUS: Record<VNPayRefundStatus, MessageKey> = {
  refunding: "vnpay.refund.status.refunding",
  refunded: "vnpay.refund.status.refunded",
  refund_failed: "vnpay.refund.status.refund_failed",
}

const CAUSE: Record<RefundCause, MessageKey> = {
  cart_changed: "vnpay.refund.cause.cart_changed",
  cart_completed: "vnpay.refund.cause.cart_completed",
  cart_gone: "vnpay.refund.cause.cart_gone",
  payment_method_changed: "vnpay.refund.cause.payment_method_changed",
  out_of_stock: "vnpay.refund.cause.out_of_stock",
  other: "vnpay.refund.cause.other",
}

/** VNPay took the money but no order can be made: what happened, where the refund is, what to do next. */
export function Refund({ view }: { view: Extract<VNPayReturnView, { state: "refund" }> }) {
  const t = useT()
  const hydrated = useHydrated()
  const refunding = view.refundStatus === "refunding"
  // VNPay confirms a refund later: with JavaScript the page asks again so that "refunded" appears
  // once it is true. Without it there is no meta refresh (this page is for reading), only a link.
  const gaveUp = usePolling(refunding, POLL_INTERVAL_MS, POLL_LIMIT_MS)
  const failed = view.refundStatus === "refund_failed"
  const amount = formatVnd(view.amount)
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      <h1 id="vnpay-title">{t(REFUND_TITLE[view.refundStatus])}</h1>
      <Alert kind={failed ? "error" : "info"} id="vnpay-refund">
        <p>{t(CAUSE[view.cause], { amount, outcome: t(OUTCOME[view.refundStatus]) })}</p>
        <p>{t(failed ? "vnpay.refund.failed_body" : "vnpay.refund.timing")}</p>
      </Alert>
      <PaymentFacts amount={view.amount} txnRef={view.txnRef}>
        <dt>{t("vnpay.refund.status")}</dt>
        <dd id="vnpay-refund-status">{t(STATUS[view.refundStatus])}</dd>
      </PaymentFacts>
      {view.cartOpen ? <p>{t("vnpay.refund.next_cart")}</p> : null}
      <p className="outcome-actions">
        {view.cartOpen ? (
          <Link className="button button-primary" to="/gio-hang">
            {t("vnpay.refund.back_to_cart")}
          </Link>
        ) : null}
        <Link className={`button ${view.cartOpen ? "button-secondary" : "button-primary"}`} to="/danh-muc">
          {t("cart.continue")}
        </Link>
        {refunding && (!hydrated || gaveUp) ? (
          <a className="button button-secondary" href={view.reloadUrl}>
            {t("vnpay.reload")}
          </a>
        ) : null}
      </p>
      <p className="muted small">{t("vnpay.support", { txnRef: view.txnRef })}</p>
    </section>
  )
}
