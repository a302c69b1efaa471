import { useEffect, useRef, useState } from "react";
import { data, Form, Link, redirect, useRevalidator } from "react-router";
import type { Route } from "./+types/vnpay-return";
import { Alert } from "~/components/Alert";
import { SubmitButton } from "~/components/SubmitButton";
import { loadCart } from "~/lib/cart.server";
import { isVNPayBankCode, VNPAY_BANK_CODES, vnpayMethodLabel, type VNPayBankCode } from "~/lib/checkout.server";
import { clearCartCookie, readCartId, readLang, rememberOrder } from "~/lib/cookies.server";
import { formatVnd } from "~/lib/format";
import { translate, type MessageKey } from "~/lib/i18n";
import {
  failureReason,
  forwardedReturnQuery,
  isCancelled,
  lookupVNPayReturn,
  shopperIp,
  startVNPayPayment,
} from "~/lib/vnpay.server";
import { useHydrated } from "~/lib/use-hydrated";
import { useT } from "~/lib/use-t";

const PATH = "/thanh-toan/vnpay";
/** With JavaScript: ask the backend every 2 s, for at most 2 minutes. */
export const POLL_INTERVAL_MS = 2_000;
export const POLL_LIMIT_MS = 120_000;
/** Without JavaScript: the page reloads itself every 3 s, 40 times (2 minutes), counted in ?poll=. */
export const NOSCRIPT_REFRESH_SECONDS = 3;
export const NOSCRIPT_REFRESH_LIMIT = 40;

interface MethodVM {
  code: VNPayBankCode;
  label: MessageKey;
  hint: MessageKey;
}

export type VNPayReturnView =
  | { state: "invalid"; title: string }
  | { state: "not_found"; title: string }
  | {
      state: "failed";
      title: string;
      amount: number;
      txnRef: string;
      responseCode: string;
      /** Why, in the UI language (the storefront's words for 24/51/11, VNPay's description otherwise). */
      reason: string;
      cancelled: boolean;
      /** The cart in this browser's cookie is the one this payment was for: "pay again" can restart it. */
      canPayAgain: boolean;
      methods: MethodVM[];
    }
  | {
      state: "pending";
      title: string;
      amount: number;
      txnRef: string;
      /** VNPay confirmed the payment; the order is still being created. */
      confirmed: boolean;
      /** The no-JS refreshes ran out (the JS poll has its own clock). */
      timedOut: boolean;
      /** Where the no-JS <meta refresh> goes next (null once it ran out). */
      refreshUrl: string | null;
      /** This page again, from the start. */
      reloadUrl: string;
    };

const METHODS: MethodVM[] = VNPAY_BANK_CODES.map((code) => ({ code, ...vnpayMethodLabel(code) }));

function parsePoll(value: string | null): number {
  return value && /^\d{1,3}$/.test(value) ? Number.parseInt(value, 10) : 0;
}

const NO_STORE = { "Cache-Control": "no-store" };

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request);
  const url = new URL(request.url);
  if (!url.searchParams.get("vnp_SecureHash")) {
    // Not a VNPay return at all: nothing to ask the backend.
    return data<VNPayReturnView>({ state: "invalid", title: translate(lang, "vnpay.invalid.title") }, { status: 400, headers: NO_STORE });
  }
  const query = forwardedReturnQuery(url);
  const lookup = await lookupVNPayReturn(query, lang);
  if (lookup.kind === "invalid") {
    return data<VNPayReturnView>({ state: "invalid", title: translate(lang, "vnpay.invalid.title") }, { status: 400, headers: NO_STORE });
  }
  if (lookup.kind === "not_found") {
    return data<VNPayReturnView>(
      { state: "not_found", title: translate(lang, "vnpay.not_found.title") },
      { status: 404, headers: NO_STORE },
    );
  }
  const { result } = lookup;
  const cartId = await readCartId(request);

  if (result.status === "paid" && result.order_id) {
    const headers = new Headers(NO_STORE);
    headers.append("Set-Cookie", await rememberOrder(request, result.order_id));
    // The cart became the order: forget it (but not a newer cart this browser started since).
    if (cartId && (cartId === result.cart_id || !result.cart_id)) {
      headers.append("Set-Cookie", await clearCartCookie());
    }
    return redirect(`/don-hang/${encodeURIComponent(result.order_id)}`, { status: 303, headers });
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
      { headers: NO_STORE },
    );
  }

  // "pending", or "paid" while the backend is still turning the cart into an order.
  const poll = parsePoll(url.searchParams.get("poll"));
  const base = `${PATH}?${query}`;
  const timedOut = poll >= NOSCRIPT_REFRESH_LIMIT;
  return data<VNPayReturnView>(
    {
      state: "pending",
      title: translate(lang, "vnpay.pending.title"),
      amount: result.amount,
      txnRef: result.txn_ref,
      confirmed: result.status === "paid",
      timedOut,
      refreshUrl: timedOut ? null : `${base}&poll=${poll + 1}`,
      reloadUrl: base,
    },
    { headers: NO_STORE },
  );
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }];
}

type ActionResult = { message: MessageKey; bankCode: VNPayBankCode | null };

/** "Thanh toán lại": a new VNPay session for the cart in the cookie (it replaces the failed one). */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request);
  const form = await request.formData();
  if (form.get("intent") !== "pay-again") {
    return data<ActionResult>({ message: "checkout.error.unknown_step", bankCode: null }, 400);
  }
  const bankCode = form.get("bank_code");
  if (!isVNPayBankCode(bankCode)) {
    return data<ActionResult>({ message: "checkout.error.vnpay_method", bankCode: null }, 400);
  }
  const { cart, stale } = await loadCart(request, lang);
  if (!cart || !cart.items?.length) {
    const headers = stale ? { "Set-Cookie": await clearCartCookie() } : undefined;
    return redirect("/gio-hang", { status: 303, headers });
  }
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_methods?.length) {
    return redirect("/thanh-toan", 303);
  }
  const started = await startVNPayPayment(cart, lang, bankCode, shopperIp(request));
  if (!started.ok) {
    return data<ActionResult>({ message: started.message, bankCode }, 400);
  }
  return redirect(started.paymentUrl, 303);
}

export default function VNPayReturn({ loaderData, actionData }: Route.ComponentProps) {
  const view = loaderData;
  switch (view.state) {
    case "failed":
      return <Failed view={view} actionData={actionData} />;
    case "pending":
      return <Pending view={view} />;
    case "not_found":
      return <Problem titleKey="vnpay.not_found.title" bodyKey="vnpay.not_found.body" />;
    default:
      return <Problem titleKey="vnpay.invalid.title" bodyKey="vnpay.invalid.body" />;
  }
}

function Problem({ titleKey, bodyKey }: { titleKey: MessageKey; bodyKey: MessageKey }) {
  const t = useT();
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
  );
}

function Failed({
  view,
  actionData,
}: {
  view: Extract<VNPayReturnView, { state: "failed" }>;
  actionData: ActionResult | undefined;
}) {
  const t = useT();
  const chosen = actionData?.bankCode ?? "VNPAYQR";
  return (
    <section className="page narrow payment-outcome" aria-labelledby="vnpay-title">
      <h1 id="vnpay-title">{t("vnpay.failed.title")}</h1>
      <Alert kind={view.cancelled ? "info" : "error"} id="vnpay-reason">
        {view.reason}
      </Alert>
      <dl className="details">
        <dt>{t("vnpay.amount")}</dt>
        <dd>{formatVnd(view.amount)}</dd>
        <dt>{t("vnpay.txn_ref")}</dt>
        <dd>{view.txnRef}</dd>
      </dl>
      {actionData?.message ? <Alert kind="error">{t(actionData.message)}</Alert> : null}
      {view.canPayAgain ? (
        <>
          <p>{t("vnpay.cart_kept")}</p>
          <Form method="post" className="pay-again">
            <fieldset className="choice-group">
              <legend>{t("vnpay.pay_again_legend")}</legend>
              {view.methods.map((method) => {
                const id = `bank-${method.code.toLowerCase()}`;
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
                );
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
  );
}

/** Asks the loader again every `interval` ms while `active`, for at most `limit` ms; true once it gave up. */
function usePolling(active: boolean, interval: number, limit: number): boolean {
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  latest.current = revalidator;
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    if (!active) {
      return;
    }
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started >= limit) {
        window.clearInterval(timer);
        setGaveUp(true);
        return;
      }
      if (latest.current.state === "idle") {
        void latest.current.revalidate();
      }
    }, interval);
    return () => window.clearInterval(timer);
  }, [active, interval, limit]);
  return gaveUp;
}

function Pending({ view }: { view: Extract<VNPayReturnView, { state: "pending" }> }) {
  const t = useT();
  const hydrated = useHydrated();
  const gaveUp = usePolling(!view.timedOut, POLL_INTERVAL_MS, POLL_LIMIT_MS);
  const waiting = !view.timedOut && !gaveUp;
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
        <p>
          {waiting
            ? view.confirmed
              ? t("vnpay.confirmed.body")
              : t("vnpay.pending.body")
            : t("vnpay.pending.timeout")}
        </p>
      </div>
      <dl className="details">
        <dt>{t("vnpay.amount")}</dt>
        <dd>{formatVnd(view.amount)}</dd>
        <dt>{t("vnpay.txn_ref")}</dt>
        <dd>{view.txnRef}</dd>
      </dl>
      {!waiting || !hydrated ? (
        <p className="outcome-actions">
          {/* A plain link: a full reload starts the wait again. */}
          <a className="button button-secondary" href={view.reloadUrl}>
            {t("vnpay.reload")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
