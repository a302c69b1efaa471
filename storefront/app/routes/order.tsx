import { data, Link } from "react-router"
import { Alert } from "~/components/Alert"
import { LineList } from "~/components/LineList"
import { OrderLineLots } from "~/components/trace/OrderLineLots"
import { readLang, readOrderIds } from "~/lib/cookies.server"
import { formatDate, formatVnd } from "~/lib/format"
import { translate } from "~/lib/i18n"
import { getOrder, paymentLabels } from "~/lib/order.server"
import { getOrderLineLots } from "~/lib/trace.server"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/order"

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  if (!/^order_[A-Za-z0-9]+$/.test(params.id)) {
    throw data(null, { status: 404 })
  }
  // The lots each line was packed from come from the traceability plugin; its failure is `null`.
  const [order, lots] = await Promise.all([getOrder(params.id, lang), getOrderLineLots(params.id, lang)])
  if (!order) {
    throw data(null, { status: 404 })
  }
  // Contact details only for the browser that placed the order (signed cookie).
  const mine = (await readOrderIds(request)).includes(order.id)
  return {
    title: translate(lang, "order.meta_title", { id: order.displayId ?? "" }),
    lang,
    mine,
    payment: paymentLabels(order),
    lots,
    order: mine ? order : { ...order, email: null, address: null },
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export default function Order({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { order, mine, lang, payment, lots } = loaderData
  return (
    <section className="page narrow" aria-labelledby="order-title">
      <h1 id="order-title">{t("order.title", { id: order.displayId ?? "" })}</h1>
      {mine ? <Alert kind="success">{t("order.thanks")}</Alert> : null}
      <dl className="details">
        <dt>{t("order.placed_at")}</dt>
        <dd>{formatDate(lang, order.createdAt)}</dd>
        <dt>{t("order.payment_method")}</dt>
        <dd>{t(payment.method)}</dd>
        <dt>{t("order.payment_status")}</dt>
        <dd>
          <strong
            id="order-payment-status"
            className={payment.status.startsWith("order.payment_status.paid") ? "paid" : undefined}
          >
            {t(payment.status)}
          </strong>
        </dd>
        {order.shippingMethodName ? (
          <>
            <dt>{t("order.shipping")}</dt>
            <dd>{order.shippingMethodName}</dd>
          </>
        ) : null}
        {order.email ? (
          <>
            <dt>{t("checkout.email")}</dt>
            <dd>{order.email}</dd>
          </>
        ) : null}
      </dl>

      {order.address ? (
        <section aria-labelledby="order-address" className="product-section">
          <h2 id="order-address">{t("order.address")}</h2>
          <address>
            {order.address.fullName}
            <br />
            {order.address.phone}
            <br />
            {order.address.street}
            <br />
            {order.address.wardName}, {order.address.provinceName}
          </address>
        </section>
      ) : (
        <p className="muted">{t("order.details_private")}</p>
      )}

      <section aria-labelledby="order-items" className="product-section">
        <h2 id="order-items">{t("order.items")}</h2>
        <LineList
          lines={order.lines}
          under={(line) => {
            const lineLots = lots?.[line.id]
            return lineLots ? <OrderLineLots lots={lineLots} title={line.title} /> : null
          }}
        />
        {lots && Object.keys(lots).length === 0 ? <p className="muted small">{t("trace.order.pending")}</p> : null}
        <dl className="totals">
          <dt>{t("cart.subtotal")}</dt>
          <dd>{formatVnd(order.itemTotal)}</dd>
          <dt>{t("checkout.shipping_fee")}</dt>
          <dd>{order.shippingTotal === 0 ? t("checkout.free") : formatVnd(order.shippingTotal)}</dd>
          <dt className="grand-total">{t("checkout.total")}</dt>
          <dd className="grand-total">{formatVnd(order.total)}</dd>
          {order.taxTotal > 0 ? (
            <>
              <dt className="muted">{t("checkout.vat_part")}</dt>
              <dd className="muted">{formatVnd(order.taxTotal)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {payment.payOnDelivery ? <p className="muted">{t("order.cod_note", { total: formatVnd(order.total) })}</p> : null}
      <p>
        <Link className="button" to="/">
          {t("order.continue")}
        </Link>
      </p>
    </section>
  )
}
