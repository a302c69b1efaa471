import { PaymentFacts } from "~/components/vnpay/PaymentFacts"
import { useHydrated } from "~/lib/use-hydrated"
import { usePolling } from "~/lib/use-polling"
import { useT } from "~/lib/use-t"
import { NOSCRIPT_REFRESH_SECONDS, POLL_INTERVAL_MS, POLL_LIMIT_MS, type VNPayReturnView } from "~/lib/vnpay-view"

/** Waiting for VNPay's confirmation, or (confirmed) for the order: asks again until the loader moves on. */
export function Waiting({ view }: { view: Extract<VNPayReturnView, { state: "pending" }> }) {
  const t = useT()
  const hydrated = useHydrated()
  const gaveUp = usePolling(!view.timedOut, POLL_INTERVAL_MS, POLL_LIMIT_MS)
  const waiting = !view.timedOut && !gaveUp
  const body = view.confirmed
    ? t(waiting ? "vnpay.confirmed.body" : "vnpay.confirmed.timeout")
    : t(waiting ? "vnpay.pending.body" : "vnpay.pending.timeout")
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      {waiting && view.refreshUrl ? (
        // Without JavaScript the page reloads itself; with it, the poll above does the asking.
        <noscript>
          <meta httpEquiv="refresh" content={`${NOSCRIPT_REFRESH_SECONDS};url=${view.refreshUrl}`} />
        </noscript>
      ) : null}
      <h1 id="vnpay-title">{view.confirmed ? t("vnpay.confirmed.title") : t("vnpay.pending.title")}</h1>
      <div className={`waiting${waiting ? " is-waiting" : ""}`} role="status" aria-live="polite" id="vnpay-status">
        {waiting ? <span className="spinner" aria-hidden="true" /> : null}
        <p>{body}</p>
      </div>
      <PaymentFacts amount={view.amount} txnRef={view.txnRef} />
      {!waiting || !hydrated ? (
        <p className="outcome-actions">
          {/* A plain link: a full reload starts the wait again. */}
          <a className="button button-secondary" href={view.reloadUrl}>
            {t("vnpay.reload")}
          </a>
        </p>
      ) : null}
    </section>
  )
}
