import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { SubmitButton } from "~/components/SubmitButton"
import { PaymentFacts } from "~/components/vnpay/PaymentFacts"
import { Refund } from "~/components/vnpay/Refund"
import { Review } from "~/components/vnpay/Review"
import { Waiting } from "~/components/vnpay/Waiting"
import { loadCart } from "~/lib/cart.server"
import { isVNPayBankCode, VNPAY_BANK_CODES, type VNPayBankCode, vnpayMethodLabel } from "~/lib/checkout.server"
import { clientIp } from "~/lib/client-ip.server"
import { clearCartCookie, readCartId, readLang, rememberOrder } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { usePolling } from "~/lib/use-polling"
import { useT } from "~/lib/use-t"
import {
  failureReason,
  forwardedReturnQuery,
  isCancelled,
  lookupVNPayReturn,
  startVNPayPayment,
} from "~/lib/vnpay.server"
import {
  cartStaysOpen,
  type MethodVM,
  NOSCRIPT_REFRESH_LIMIT,
  NOSCRIPT_REFRESH_SECONDS,
  POLL_INTERVAL_MS,
  POLL_LIMIT_MS,
  REFUND_TITLE,
  refundCause,
  type VNPayReturnView,
} from "~/lib/vnpay-view"
import type { Route } from "./+types/vnpay-return"

const PATH = "/thanh-toan/vnpay"

const METHODS: MethodVM[] = VNPAY_BANK_CODES.map((code) => ({ code, ...vnpayMethodLabel(code) }))

function parsePoll(value: string | null): number {
  return value && /^\d{1,3}$/.test(value) ? Number.parseInt(value, 10) : 0
}

const NO_STORE = { "Cache-Control": "no-store" }

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  if (!url.searchParams.get("vnp_SecureHash")) {
    // Not a VNPay return at all: nothing to ask the backend.
    return data<VNPayReturnView>(
      { state: "invalid", title: translate(lang, "vnpay.invalid.title") },
      { status: 400, headers: NO_STORE }
    )
  }
  const query = forwardedReturnQuery(url)
  const lookup = await lookupVNPayReturn(query, lang)
  if (lookup.kind === "invalid") {
    return data<VNPayReturnView>(
      { state: "invalid", title: translate(lang, "vnpay.invalid.title") },
      { status: 400, headers: NO_STORE }
    )
  }
  if (lookup.kind === "not_found") {
    return data<VNPayReturnView>(
      { state: "not_found", title: translate(lang, "vnpay.not_found.title") },
      { status: 404, headers: NO_STORE }
    )
  }
  const { result } = lookup
  if (result.purpose === "stall_payment") {
    const paid = result.status === "paid"
    const failed = result.status === "failed"
    const title = paid ? "vnpay.stall.paid_title" : failed ? "vnpay.failed.title" : "vnpay.stall.pending_title"
    return data<VNPayReturnView>(
      {
        state: "stall",
        title: translate(lang, title),
        amount: result.amount,
        txnRef: result.txn_ref,
        paid,
        failed,
        reloadUrl: `${PATH}?${query}`,
      },
      { headers: NO_STORE }
    )
  }
  const cartId = await readCartId(request)

  if (result.status === "paid" && result.order_id) {
    const headers = new Headers(NO_STORE)
    headers.append("Set-Cookie", await rememberOrder(request, result.order_id))
    // The cart became the order: forget it (but not a newer cart this browser started since).
    if (cartId && (cartId === result.cart_id || !result.cart_id)) {
      headers.append("Set-Cookie", await clearCartCookie())
    }
    return redirect(`/don-hang/${encodeURIComponent(result.order_id)}`, { status: 303, headers })
  }

  if (result.status === "failed") {
    return data<VNPayReturnView>(
      {
        state: "failed",
        title: translate(lang, "vnpay.failed.title"),
        amount: result.amount,
        txnRef: result.txn_ref,
        responseCode: result.response_code,
        reason: failureReason(lang, result),
        cancelled: isCancelled(result.response_code),
        canPayAgain: Boolean(cartId && (!result.cart_id || result.cart_id === cartId)),
        methods: METHODS,
      },
      { headers: NO_STORE }
    )
  }

  const base = `${PATH}?${query}`
  if (result.status === "refund") {
    const refundStatus = result.refund_status ?? "refunding"
    const cause = refundCause(result.reason)
    return data<VNPayReturnView>(
      {
        state: "refund",
        title: translate(lang, REFUND_TITLE[refundStatus]),
        amount: result.amount,
        txnRef: result.txn_ref,
        refundStatus,
        cause,
        cartOpen: Boolean(cartId && cartId === result.cart_id && cartStaysOpen(cause)),
        reloadUrl: base,
      },
      { headers: NO_STORE }
    )
  }

  if (result.status === "review") {
    return data<VNPayReturnView>(
      { state: "review", title: translate(lang, "vnpay.review.title"), amount: result.amount, txnRef: result.txn_ref },
      { headers: NO_STORE }
    )
  }

  // "pending", or "paid" while the backend is still turning the cart into an order.
  const confirmed = result.status === "paid"
  const poll = parsePoll(url.searchParams.get("poll"))
  const timedOut = poll >= NOSCRIPT_REFRESH_LIMIT
  return data<VNPayReturnView>(
    {
      state: "pending",
      title: translate(lang, confirmed ? "vnpay.confirmed.title" : "vnpay.pending.title"),
      amount: result.amount,
      txnRef: result.txn_ref,
      confirmed,
      timedOut,
      refreshUrl: timedOut ? null : `${base}&poll=${poll + 1}`,
      reloadUrl: base,
    },
    { headers: NO_STORE }
  )
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { message: MessageKey; bankCode: VNPayBankCode | null }

/** "Thanh toán lại": a new VNPay session for the cart in the cookie (it replaces the failed one). */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  if (form.get("intent") !== "pay-again") {
    return data<ActionResult>({ message: "checkout.error.unknown_step", bankCode: null }, 400)
  }
  const bankCode = form.get("bank_code")
  if (!isVNPayBankCode(bankCode)) {
    return data<ActionResult>({ message: "checkout.error.vnpay_method", bankCode: null }, 400)
  }
  const { cart, stale } = await loadCart(request, lang)
  if (!cart?.items?.length) {
    const headers = stale ? { "Set-Cookie": await clearCartCookie() } : undefined
    return redirect("/gio-hang", { status: 303, headers })
  }
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_methods?.length) {
    return redirect("/thanh-toan", 303)
  }
  const started = await startVNPayPayment(cart, lang, bankCode, clientIp(request))
  if (!started.ok) {
    return data<ActionResult>({ message: started.message, bankCode }, 400)
  }
  return redirect(started.paymentUrl, 303)
}

export default function VNPayReturn({ loaderData, actionData }: Route.ComponentProps) {
  const view = loaderData
  switch (view.state) {
    case "failed":
      return <Failed view={view} actionData={actionData} />
    case "pending":
      return <Waiting view={view} />
    case "refund":
      return <Refund view={view} />
    case "review":
      return <Review view={view} />
    case "stall":
      return <StallPaid view={view} />
    case "not_found":
      return <Problem titleKey="vnpay.not_found.title" bodyKey="vnpay.not_found.body" />
    default:
      return <Problem titleKey="vnpay.invalid.title" bodyKey="vnpay.invalid.body" />
  }
}

function Problem({ titleKey, bodyKey }: { titleKey: MessageKey; bodyKey: MessageKey }) {
  const t = useT()
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      <h1 id="vnpay-title">{t(titleKey)}</h1>
      <Alert kind="error">{t(bodyKey)}</Alert>
      <p className="outcome-actions">
        <Link className="button button-primary" to="/gio-hang">
          {t("vnpay.back_to_cart")}
        </Link>
      </p>
    </section>
  )
}

function Failed({
  view,
  actionData,
}: {
  view: Extract<VNPayReturnView, { state: "failed" }>
  actionData: ActionResult | undefined
}) {
  const t = useT()
  const chosen = actionData?.bankCode ?? "VNPAYQR"
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      <h1 id="vnpay-title">{t("vnpay.failed.title")}</h1>
      <Alert kind={view.cancelled ? "info" : "error"} id="vnpay-reason">
        {view.reason}
      </Alert>
      <PaymentFacts amount={view.amount} txnRef={view.txnRef} />
      {actionData?.message ? <Alert kind="error">{t(actionData.message)}</Alert> : null}
      {view.canPayAgain ? (
        <>
          <p>{t("vnpay.cart_kept")}</p>
          <Form method="post" className="pay-again">
            <fieldset className="choice-group">
              <legend>{t("vnpay.pay_again_legend")}</legend>
              {view.methods.map((method) => {
                const id = `bank-${method.code.toLowerCase()}`
                return (
                  <label key={method.code} className="choice" htmlFor={id}>
                    <input
                      id={id}
                      type="radio"
                      name="bank_code"
                      value={method.code}
                      defaultChecked={method.code === chosen}
                      aria-labelledby={`${id}-title`}
                      aria-describedby={`${id}-hint`}
                    />
                    <span className="choice-title" id={`${id}-title`}>
                      {t(method.label)}
                    </span>
                    <span className="choice-hint" id={`${id}-hint`}>
                      {t(method.hint)}
                    </span>
                  </label>
                )
              })}
            </fieldset>
            <SubmitButton intent="pay-again" className="button button-primary button-wide" id="pay-again">
              {t("vnpay.pay_again")}
            </SubmitButton>
          </Form>
        </>
      ) : null}
      <p className="outcome-actions">
        <Link className="button button-secondary" to="/thanh-toan#buoc-thanh-toan">
          {t("vnpay.other_method")}
        </Link>
      </p>
    </section>
  )
}

/** After paying a market stall's VNPay QR: what happened, in the customer's words; no cart links. */
function StallPaid({ view }: { view: Extract<VNPayReturnView, { state: "stall" }> }) {
  const t = useT()
  // VNPay sends the customer back before its IPN may have arrived: keep asking while pending.
  const waiting = !view.paid && !view.failed
  usePolling(waiting, POLL_INTERVAL_MS, POLL_LIMIT_MS)
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      {waiting ? (
        <noscript>
          <meta httpEquiv="refresh" content={`${NOSCRIPT_REFRESH_SECONDS};url=${view.reloadUrl}`} />
        </noscript>
      ) : null}
      <h1 id="vnpay-title">{view.title}</h1>
      <Alert kind={view.paid ? "success" : view.failed ? "error" : "info"}>
        {t(view.paid ? "vnpay.stall.paid_body" : view.failed ? "vnpay.stall.failed_body" : "vnpay.stall.pending_body")}
      </Alert>
      <PaymentFacts amount={view.amount} txnRef={view.txnRef} />
      {view.paid ? null : (
        <p className="outcome-actions">
          <a className="button button-secondary" href={view.reloadUrl}>
            {t("vnpay.stall.reload")}
          </a>
        </p>
      )}
    </section>
  )
}
