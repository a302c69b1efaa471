import { useCallback, useEffect, useRef, useState } from "react"
import { data, Form, Link, redirect, useRevalidator } from "react-router"
import { SubmitButton } from "~/components/SubmitButton"
import { Countdown } from "~/components/stall/Countdown"
import { StallHeader } from "~/components/stall/StallHeader"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { withStallDevice } from "~/lib/stall.server"
import { playPaidChime, speakVietnamese } from "~/lib/stall-announce"
import { cancelPaymentRequest, getPaymentRequest, getStallMe, getStallToday } from "~/lib/stall-api.server"
import {
  applyFeedEvent,
  initialView,
  openReviewsFor,
  type RequestView,
  screenOf,
  withServerView,
} from "~/lib/stall-feed"
import { formatDong } from "~/lib/stall-keypad"
import { STALL_HOME } from "~/lib/stall-paths"
import { qrSvg } from "~/lib/stall-qr.server"
import type { FeedEventDTO } from "~/lib/stall-types"
import { useStallFeed } from "~/lib/use-stall-feed"
import { useT } from "~/lib/use-t"
import { isVendorApiError } from "~/lib/vendor-api.server"
import type { Route } from "./+types/request"

/** Without JavaScript the page asks the server again this often while it waits. */
const NO_JS_REFRESH_SECONDS = 5

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const answer = await withStallDevice(request, async (token) => {
    try {
      return await Promise.all([getStallMe(token), getPaymentRequest(token, params.id), getStallToday(token)])
    } catch (error) {
      if (isVendorApiError(error) && error.status === 404) {
        throw data(null, { status: 404 })
      }
      throw error
    }
  })
  const [me, { request: payment }, today] = answer
  const open = payment.status === "pending" || payment.status === "needs_review"
  return {
    title: translate(lang, "stall.qr.meta_title", { reference: payment.reference }),
    stall: me.stall,
    request: payment,
    reviews: openReviewsFor(payment.id, today.reviews),
    seq: today.last_seq,
    qr: open ? await qrSvg(payment.qr_payload) : null,
    serverNow: Date.now(),
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData()
  if (form.get("intent") === "cancel") {
    try {
      await withStallDevice(request, (token) => cancelPaymentRequest(token, params.id))
    } catch (error) {
      // Paid or expired meanwhile: the page shows what it is now.
      if (isVendorApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 401) {
        return redirect(new URL(request.url).pathname, { status: 303 })
      }
      throw error
    }
    return redirect(STALL_HOME, { status: 303 })
  }
  return redirect(new URL(request.url).pathname, { status: 303 })
}

/** The tones and the sentence, once, when the SERVER's confirmation reaches this open page. */
function useAnnouncePaid(paid: boolean, spoken: string) {
  const paidAtStart = useRef(paid)
  const announced = useRef(false)
  useEffect(() => {
    if (paid && !paidAtStart.current && !announced.current) {
      announced.current = true
      playPaidChime()
      speakVietnamese(spoken)
    }
  }, [paid, spoken])
}

export default function StallRequestPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const revalidator = useRevalidator()
  const [view, setView] = useState<RequestView>(() =>
    initialView(loaderData.request, loaderData.reviews, loaderData.seq)
  )

  // A fresh loader answer (visibility change, expiry) is merged in; it never un-pays.
  useEffect(() => {
    setView((current) => withServerView(current, loaderData.request, loaderData.reviews, loaderData.seq))
  }, [loaderData])

  const screen = screenOf(view)
  const waiting = screen === "waiting" || screen === "review"
  const onEvent = useCallback((event: FeedEventDTO) => setView((current) => applyFeedEvent(current, event)), [])
  useStallFeed(loaderData.seq, onEvent, waiting)
  useAnnouncePaid(screen === "paid", view.request.spoken)

  const recheck = useCallback(() => {
    if (revalidator.state === "idle") {
      void revalidator.revalidate()
    }
  }, [revalidator])
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        recheck()
      }
    }
    document.addEventListener("visibilitychange", onVisible)
    return () => document.removeEventListener("visibilitychange", onVisible)
  }, [recheck])

  const request = view.request
  const statusText =
    screen === "paid"
      ? request.spoken
      : screen === "closed"
        ? t(request.status === "cancelled" ? "stall.qr.cancelled" : "stall.qr.expired")
        : screen === "review"
          ? t("stall.qr.review_title")
          : t("stall.qr.waiting")

  return (
    <section className={`stall-page stall-qr-page stall-screen-${screen}`} aria-labelledby="stall-qr-title">
      {waiting ? (
        <noscript>
          <meta httpEquiv="refresh" content={String(NO_JS_REFRESH_SECONDS)} />
        </noscript>
      ) : null}
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {statusText}
      </p>

      {screen === "paid" ? (
        <div className="stall-paid" data-testid="stall-paid" role="status" aria-live="assertive">
          <p className="stall-paid-mark" aria-hidden="true">
            ✓
          </p>
          <h1 id="stall-qr-title" className="stall-paid-title">
            {t("stall.paid.title")}
          </h1>
          <p className="stall-paid-amount">{formatDong(request.amount)}</p>
          <p className="stall-paid-spoken">{request.spoken}</p>
          <p className="stall-paid-ref">{t("stall.qr.reference", { reference: request.reference })}</p>
          <Link to={STALL_HOME} className="button stall-big-button stall-next">
            {t("stall.paid.next")}
          </Link>
        </div>
      ) : screen === "closed" ? (
        <div className="stall-closed" role="status">
          <h1 id="stall-qr-title">{statusText}</h1>
          <p className="stall-qr-amount">{formatDong(request.amount)}</p>
          <p>{t("stall.qr.reference", { reference: request.reference })}</p>
          <p>{t("stall.qr.closed_hint")}</p>
          <Link to={STALL_HOME} className="button button-primary stall-big-button">
            {t("stall.qr.new")}
          </Link>
        </div>
      ) : (
        <>
          <StallHeader stall={loaderData.stall} titleId="stall-qr-title" back />
          {view.reviews.length ? (
            <div className="stall-review-banner" data-testid="stall-review" role="alert">
              <h2>{t("stall.qr.review_title")}</h2>
              {view.reviews.map((transfer) => (
                <p key={transfer.id}>
                  {t("stall.qr.review_arrived", { amount: formatDong(transfer.amount), words: transfer.words })}
                </p>
              ))}
              <p>{t("stall.qr.review_asked", { amount: formatDong(request.amount), words: request.words })}</p>
              <p>
                <strong>{t("stall.qr.review_not_payment")}</strong>
              </p>
            </div>
          ) : null}
          <p className="stall-qr-amount">{formatDong(request.amount)}</p>
          <p className="stall-words stall-qr-words">{request.words}</p>
          {loaderData.qr ? (
            <div
              className="stall-qr"
              data-testid="stall-qr"
              data-qr-payload={request.qr_payload}
              role="img"
              aria-label={t("stall.qr.image_label", { amount: formatDong(request.amount) })}
              // The SVG is made on the server by the qrcode package from the payload alone.
              // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated QR markup
              dangerouslySetInnerHTML={{ __html: loaderData.qr }}
            />
          ) : null}
          <p className="stall-rail-hint">{t(`stall.qr.scan_${request.rail}`)}</p>
          <p className="stall-qr-ref">{t("stall.qr.reference", { reference: request.reference })}</p>
          <div className="stall-waiting" data-testid="stall-waiting" role="status">
            <span className="spinner" aria-hidden="true" />
            <span>{t("stall.qr.waiting")}</span>
          </div>
          <Countdown expiresAt={request.expires_at} serverNow={loaderData.serverNow} onExpired={recheck} />
          <details className="stall-cancel">
            <summary>{t("stall.qr.cancel")}</summary>
            <p>{t("stall.qr.cancel_confirm")}</p>
            <Form method="post">
              <SubmitButton intent="cancel" className="button button-danger">
                {t("stall.qr.cancel_yes")}
              </SubmitButton>
            </Form>
          </details>
        </>
      )}
    </section>
  )
}
