import { data, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ChainStatus } from "~/components/seller-trace/ChainStatus"
import { LotFacts } from "~/components/seller-trace/LotFacts"
import { LotTimeline } from "~/components/seller-trace/LotTimeline"
import { StepButtons } from "~/components/seller-trace/StepButtons"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { backendUrl } from "~/lib/medusa.server"
import { withSellerToken } from "~/lib/seller.server"
import { correctTraceEvent, getOwnLot } from "~/lib/seller-trace-api.server"
import { isCorrectionReason, NOTE_MAX } from "~/lib/seller-trace-form"
import { sellerTraceLinks } from "~/lib/seller-trace-links"
import { lotLabelsPath, lotPath, SELLER_LOTS } from "~/lib/seller-trace-paths"
import { nextStep, publicTracePath, STEP_KEYS, toEventVM, toLotFacts } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"
import { isRefusal } from "~/lib/vendor-api.server"
import type { Route } from "./+types/detail"

const NOTICES = {
  created: "sellerTrace.notice.created",
  recorded: "sellerTrace.notice.recorded",
  corrected: "sellerTrace.notice.corrected",
  fixed: "sellerTrace.notice.fixed",
} as const satisfies Record<string, MessageKey>

export const links: Route.LinksFunction = sellerTraceLinks

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const notice = new URL(request.url).searchParams.get("notice")
  return withSellerToken(request, async (token) => {
    const { lot, events, chain } = await getOwnLot(token, params.id, lang)
    const vms = events.map((event) => toEventVM(event, backendUrl()))
    const last = [...events].reverse().find((event) => !event.error_declaration && !event.corrected)
    return {
      title: translate(lang, "sellerTrace.lot.meta_title", { code: lot.code }),
      id: lot.id,
      facts: toLotFacts(lot, lang),
      events: vms,
      chain,
      next: nextStep(last?.step ?? null),
      tracePath: publicTracePath(lot),
      notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : null,
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { correction: { entryId: string; message: string } }

/** A correction: `POST /vendor/trace/events/:id/corrections` with the reason and note. */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const entryId = String(form.get("entry_id") ?? "")
    const reason = form.get("reason")
    const note = String(form.get("note") ?? "").trim()
    if (form.get("intent") !== "correct" || !entryId) {
      return redirect(lotPath(params.id), 303)
    }
    if (!isCorrectionReason(reason)) {
      return data<ActionResult>(
        { correction: { entryId, message: translate(lang, "sellerTrace.error.reason_required") } },
        400
      )
    }
    if (note.length > NOTE_MAX) {
      return data<ActionResult>(
        { correction: { entryId, message: translate(lang, "sellerTrace.error.note_too_long") } },
        400
      )
    }
    try {
      await correctTraceEvent(token, entryId, { reason, ...(note ? { note } : {}) }, lang)
    } catch (error) {
      if (isRefusal(error) && error.status !== 401) {
        const message = error.issues?.[0]?.message ?? error.message
        return data<ActionResult>({ correction: { entryId, message } }, 400)
      }
      throw error
    }
    return redirect(`${lotPath(params.id)}?notice=corrected`, 303)
  })
}

export default function SellerLot({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { facts, events, chain, next, id } = loaderData
  return (
    <div className="page narrow seller-lot">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={SELLER_LOTS}>{t("sellerTrace.list.title")}</Link>
      </nav>
      <h1>{t("sellerTrace.lot.code_title", { code: facts.code })}</h1>
      <p className="lead">{facts.product}</p>
      {loaderData.notice && !actionData ? <Alert kind="success">{t(loaderData.notice)}</Alert> : null}
      <ChainStatus chain={chain} />

      <section aria-labelledby="record-title" className="product-section">
        <h2 id="record-title">{t("sellerTrace.lot.record_title")}</h2>
        <p id="trace-next-hint" className="muted small">
          {next ? t("sellerTrace.lot.next_hint", { step: t(STEP_KEYS[next]) }) : t("sellerTrace.lot.record_hint")}
        </p>
        <StepButtons lotId={id} next={next} />
      </section>

      <p className="trace-actions">
        <Link className="button button-secondary" to={lotLabelsPath(id)}>
          {t("sellerTrace.lot.labels")}
        </Link>
        <a className="button button-secondary" href={loaderData.tracePath} target="_blank" rel="noopener">
          {t("sellerTrace.lot.public_page")}
        </a>
      </p>

      <section aria-labelledby="timeline-title" className="product-section">
        <h2 id="timeline-title">{t("sellerTrace.timeline.title", { count: events.length })}</h2>
        <LotTimeline lotId={id} events={events} correctionError={actionData?.correction} />
      </section>

      <section aria-labelledby="facts-title" className="product-section">
        <h2 id="facts-title">{t("sellerTrace.lot.facts_title")}</h2>
        <LotFacts lot={facts} />
      </section>
    </div>
  )
}
