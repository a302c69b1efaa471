import { Form, Link } from "react-router"
import { Alert } from "~/components/Alert"
import { Field } from "~/components/Field"
import { ChainBadge } from "~/components/seller-trace/ChainBadge"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { formatDay } from "~/lib/ocop"
import { withSellerToken } from "~/lib/seller.server"
import { listLots } from "~/lib/seller-trace-api.server"
import { sellerTraceLinks } from "~/lib/seller-trace-links"
import { lotPath, SELLER_LOT_CAPTURE, SELLER_LOT_NEW, SELLER_LOTS } from "~/lib/seller-trace-paths"
import { type LotRowVM, stepKey, toLotRow } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/list"

const PAGE = 30

export const links: Route.LinksFunction = sellerTraceLinks

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100)
  const page = Math.max(1, Number.parseInt(url.searchParams.get("trang") ?? "1", 10) || 1)
  return withSellerToken(request, async (token) => {
    const answer = await listLots(token, { q, limit: PAGE, offset: (page - 1) * PAGE }, lang)
    return {
      title: translate(lang, "sellerTrace.list.meta_title"),
      q,
      page,
      lots: (answer.lots ?? []).map((lot) => toLotRow(lot, lang)),
      count: answer.count ?? 0,
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

function pageLink(q: string, page: number): string {
  const search = new URLSearchParams()
  if (q) search.set("q", q)
  if (page > 1) search.set("trang", String(page))
  const query = search.toString()
  return query ? `${SELLER_LOTS}?${query}` : SELLER_LOTS
}

export default function SellerLots({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { lots, q, page, count } = loaderData
  return (
    <div className="page narrow seller-lots">
      <h1>{t("sellerTrace.list.title")}</h1>
      <p>{t("sellerTrace.list.lead")}</p>
      <p className="trace-actions">
        <Link className="button button-primary" to={SELLER_LOT_NEW}>
          {t("sellerTrace.list.new")}
        </Link>
        <Link className="button button-secondary" to={SELLER_LOT_CAPTURE}>
          {t("sellerTrace.list.capture")}
        </Link>
      </p>
      <Form method="get" role="search" className="trace-search">
        <Field name="q" label={t("sellerTrace.list.search")} hint={t("sellerTrace.list.search_hint")}>
          {(control) => <input {...control} type="search" defaultValue={q} autoComplete="off" />}
        </Field>
        <button type="submit" className="button button-secondary">
          {t("sellerTrace.list.search_submit")}
        </button>
      </Form>
      <section aria-labelledby="lots-title" className="product-section">
        <h2 id="lots-title">{t("sellerTrace.list.count", { count })}</h2>
        {lots.length ? (
          <ul className="trace-lots" role="list">
            {lots.map((lot) => (
              <LotItem key={lot.id} lot={lot} />
            ))}
          </ul>
        ) : q ? (
          <Alert kind="info">{t("sellerTrace.list.none_found", { q })}</Alert>
        ) : (
          <p className="muted">{t("sellerTrace.list.none")}</p>
        )}
        {count > PAGE ? (
          <nav aria-label={t("sellerTrace.list.pages")} className="trace-pages">
            {page > 1 ? <Link to={pageLink(q, page - 1)}>{t("sellerTrace.list.previous")}</Link> : null}
            {page * PAGE < count ? <Link to={pageLink(q, page + 1)}>{t("sellerTrace.list.next")}</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  )
}

function LotItem({ lot }: { lot: LotRowVM }) {
  const t = useT()
  const titleId = `lot-${lot.id}`
  return (
    <li className="trace-lot" aria-labelledby={titleId}>
      {lot.thumbnail ? (
        <img className="seller-product-image" src={lot.thumbnail} alt="" width={72} height={72} loading="lazy" />
      ) : (
        <span className="seller-product-image trace-lot-noimage" aria-hidden="true" />
      )}
      <div>
        <h3 id={titleId} className="seller-product-title">
          <Link to={lotPath(lot.id)}>{t("sellerTrace.lot.code_title", { code: lot.code })}</Link>
        </h3>
        <p>
          {lot.product}
          {lot.variant ? <span className="muted"> — {lot.variant}</span> : null}
        </p>
        <p className="small">
          {t("sellerTrace.lot.produced_short", { date: formatDay(lot.producedOn) })}
          {lot.expiresOn ? ` · ${t("sellerTrace.lot.expires_short", { date: formatDay(lot.expiresOn) })}` : null}
        </p>
        <p className="small">
          {t("sellerTrace.list.events", { count: lot.eventCount })}
          {lot.lastStep ? ` · ${t("sellerTrace.list.last_step", { step: t(stepKey(lot.lastStep)) })}` : null}{" "}
          {lot.chain ? <ChainBadge status={lot.chain} /> : null}
        </p>
      </div>
    </li>
  )
}
