import { useEffect } from "react"
import { data, Form, Link, redirect, useRevalidator } from "react-router"
import { AmountPad } from "~/components/stall/AmountPad"
import { ReviewCard } from "~/components/stall/ReviewCard"
import { StallHeader } from "~/components/stall/StallHeader"
import { StatusChip } from "~/components/stall/StatusChip"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { withStallDevice } from "~/lib/stall.server"
import { createPaymentRequest, getStallMe, getStallToday, resolveReview } from "~/lib/stall-api.server"
import { formatClock } from "~/lib/stall-format"
import {
  type AmountProblem,
  amountOf,
  amountProblem,
  digitsFromInput,
  formatDong,
  isKeypadKey,
  isRail,
  pressKey,
} from "~/lib/stall-keypad"
import { STALL_HOME, STALL_SIGN_OUT, stallRequestPath } from "~/lib/stall-paths"
import type { PaymentRail } from "~/lib/stall-types"
import { useLang, useT } from "~/lib/use-t"
import { isRefusal } from "~/lib/vendor-api.server"
import type { Route } from "./+types/screen"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const [me, today] = await withStallDevice(request, (token) => Promise.all([getStallMe(token), getStallToday(token)]))
  return {
    title: translate(lang, "stall.meta_title", { stall: me.stall.display_name }),
    stall: me.stall,
    today,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export type ScreenActionResult =
  | { kind: "pad"; digits: string; rail: PaymentRail; problem?: AmountProblem; error?: string }
  | { kind: "review"; transferId: string; note: string; error: string }

const NOTE_MIN = 3

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const intent = form.get("intent")

  if (intent === "accepted" || intent === "returned") {
    const transferId = String(form.get("transfer_id") ?? "")
    const note = String(form.get("note") ?? "").trim()
    if (note.length < NOTE_MIN) {
      return data<ScreenActionResult>(
        { kind: "review", transferId, note, error: translate(lang, "stall.review.error.note") },
        400
      )
    }
    try {
      await withStallDevice(request, (token) => resolveReview(token, transferId, intent, note))
    } catch (error) {
      if (isRefusal(error)) {
        return data<ScreenActionResult>({ kind: "review", transferId, note, error: error.message }, 400)
      }
      throw error
    }
    return redirect(STALL_HOME, { status: 303 })
  }

  const rail: PaymentRail = isRail(form.get("rail")) ? (form.get("rail") as PaymentRail) : "vietqr"
  let digits = digitsFromInput(form.get("amount"))
  // Without JavaScript every key and quick amount posts the form: the page comes back with the amount.
  const key = form.get("key")
  if (isKeypadKey(key)) {
    return data<ScreenActionResult>({ kind: "pad", digits: pressKey(digits, key), rail })
  }
  const quick = form.get("quick")
  if (typeof quick === "string" && quick) {
    return data<ScreenActionResult>({ kind: "pad", digits: digitsFromInput(quick), rail })
  }

  const amount = amountOf(digits)
  const problem = amountProblem(rail, amount)
  if (problem) {
    digits = amount > 0 ? digits : ""
    return data<ScreenActionResult>({ kind: "pad", digits, rail, problem }, 400)
  }
  let id: string
  try {
    id = (await withStallDevice(request, (token) => createPaymentRequest(token, amount, rail))).request.id
  } catch (error) {
    if (isRefusal(error)) {
      return data<ScreenActionResult>({ kind: "pad", digits, rail, error: error.message }, 400)
    }
    throw error
  }
  return redirect(stallRequestPath(id), { status: 303 })
}

/** Ask the server again when the phone comes back to this screen (the list may have moved on). */
function useRefreshOnReturn() {
  const revalidator = useRevalidator()
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible" && revalidator.state === "idle") {
        void revalidator.revalidate()
      }
    }
    document.addEventListener("visibilitychange", onVisible)
    return () => document.removeEventListener("visibilitychange", onVisible)
  }, [revalidator])
}

export default function StallScreen({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  useRefreshOnReturn()
  const { stall, today } = loaderData
  const pad = actionData?.kind === "pad" ? actionData : null
  const review = actionData?.kind === "review" ? actionData : null
  const openReviews = today.reviews.filter((r) => r.resolution === null)
  const blockedKey: MessageKey = stall.bank.verified ? "stall.blocked.inactive" : "stall.blocked.bank"

  return (
    <section className="stall-page" aria-labelledby="stall-title">
      <StallHeader stall={stall} titleId="stall-title" />

      {stall.can_take_payments ? (
        <AmountPad
          key={pad ? `${pad.digits}|${pad.rail}` : "pad"}
          digits={pad?.digits ?? ""}
          rail={pad?.rail ?? "vietqr"}
          problem={pad?.problem}
          error={pad?.error}
        />
      ) : (
        <div className="stall-blocked" role="status">
          <h2>{t("stall.blocked.title")}</h2>
          <p>{t(blockedKey)}</p>
          <p>{t("stall.blocked.bank_line", { bank: stall.bank.bank_name, account: stall.bank.account_masked })}</p>
        </div>
      )}

      {openReviews.length ? (
        <section className="stall-reviews" aria-labelledby="stall-reviews-title">
          <h2 id="stall-reviews-title">{t("stall.review.title", { count: openReviews.length })}</h2>
          <p>{t("stall.review.lead")}</p>
          <ul role="list">
            {openReviews.map((transfer) => (
              <ReviewCard
                key={transfer.id}
                transfer={transfer}
                error={review?.transferId === transfer.id ? review.error : undefined}
                note={review?.transferId === transfer.id ? review.note : undefined}
              />
            ))}
          </ul>
        </section>
      ) : null}

      <section className="stall-today" aria-labelledby="stall-today-title">
        <h2 id="stall-today-title">{t("stall.today.title")}</h2>
        <p className="stall-today-total">
          {t("stall.today.total")} <strong data-testid="stall-today-total">{formatDong(today.total_paid)}</strong>{" "}
          <span>{t("stall.today.count", { count: today.count_paid })}</span>
        </p>
        {today.requests.length ? (
          <ul role="list" className="stall-today-list">
            {today.requests.map((item) => (
              <li key={item.id} className="stall-today-item">
                <span className="stall-today-time">{formatClock(lang, item.created_at)}</span>
                <span className="stall-today-amount">{formatDong(item.amount)}</span>
                {item.status === "pending" ? (
                  <Link to={stallRequestPath(item.id)} className="stall-today-ref">
                    {item.reference}
                  </Link>
                ) : (
                  <span className="stall-today-ref">{item.reference}</span>
                )}
                <StatusChip status={item.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("stall.today.empty")}</p>
        )}
      </section>

      <Form method="post" action={STALL_SIGN_OUT} className="stall-signout">
        <button type="submit" className="link-button">
          {t("stall.nav.sign_out")}
        </button>
      </Form>
    </section>
  )
}
