import { data } from "react-router"
import { OcopCertificatePanel } from "~/components/OcopCertificatePanel"
import { ProductImage } from "~/components/ProductImage"
import { TraceChainStatus } from "~/components/trace/TraceChainStatus"
import { TraceLotFacts } from "~/components/trace/TraceLotFacts"
import { TraceNotFound } from "~/components/trace/TraceNotFound"
import { TraceProducer } from "~/components/trace/TraceProducer"
import { TraceTimeline } from "~/components/trace/TraceTimeline"
import { readLang } from "~/lib/cookies.server"
import type { HydrationHandle } from "~/lib/hydration"
import { translate } from "~/lib/i18n"
import { traceKeyOf } from "~/lib/trace"
import { getTracePage } from "~/lib/trace.server"
import { TRACE_CACHE_CONTROL } from "~/lib/trace-cache"
import { useT } from "~/lib/use-t"
import traceCss from "~/styles/trace.css?url"
import type { Route } from "./+types/lot"

/**
 * Opened by scanning a label at a stall, often on weak 4G: everything on it (links, the language
 * form) works as plain HTML, so it is sent without the ~130 KB (gzip) of JavaScript.
 */
export const handle: HydrationHandle = { hydrate: false }

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: traceCss }]

/**
 * A scanned label: `/01/{gtin}/10/{lot}` (GS1 Digital Link, `/21/{serial}` and `?17=` ignored) or
 * `/t/{code}`. A URL that cannot name a lot is a 404 without asking the backend.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const key = traceKeyOf(params)
  const headers = { "Cache-Control": TRACE_CACHE_CONTROL, Vary: "Cookie" }
  const page = key ? await getTracePage(key, lang) : null
  if (!page) {
    const code = "code" in params && params.code ? params.code : `${params.gtin ?? ""} / ${params.lot ?? ""}`
    return data(
      { found: false as const, title: translate(lang, "trace.not_found.title"), code: code.slice(0, 60) },
      { status: 404, headers }
    )
  }
  const { product, lot } = page.trace
  return data(
    {
      found: true as const,
      title: translate(lang, "trace.meta_title", { code: lot.code, title: product.title }),
      description: translate(lang, "trace.meta_description", { code: lot.code, title: product.title }),
      ...page,
    },
    { headers }
  )
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return loaderHeaders
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData?.found) {
    return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
  }
  return [
    { title: loaderData.title },
    { name: "description", content: loaderData.description },
    { tagName: "link", rel: "canonical", href: loaderData.trace.lot.path },
  ]
}

const IMAGE_SIZES = "(min-width: 40em) 9rem, 7rem"

export default function TracePage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  if (!loaderData.found) {
    return <TraceNotFound code={loaderData.code} />
  }
  const { trace, certificate } = loaderData
  const { product, producer, lot } = trace
  return (
    <article className="page narrow trace" aria-labelledby="trace-title">
      <header className="trace-head">
        <ProductImage image={product.image} alt={product.title} sizes={IMAGE_SIZES} priority className="trace-image" />
        <div>
          <p className="trace-kicker">{t("trace.kicker")}</p>
          <h1 id="trace-title">{product.title}</h1>
          <dl className="trace-head-facts">
            {product.variantTitle ? (
              <div>
                <dt>{t("trace.variant")}</dt>
                <dd>{product.variantTitle}</dd>
              </div>
            ) : null}
            {product.brand ? (
              <div>
                <dt>{t("trace.brand")}</dt>
                <dd>{product.brand}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("trace.lot_code")}</dt>
              <dd className="trace-code">{lot.code}</dd>
            </div>
          </dl>
        </div>
      </header>

      <TraceChainStatus chain={trace.chain} />
      <TraceLotFacts lot={lot} shelfLife={trace.shelfLife} />
      {producer ? <TraceProducer producer={producer} /> : null}
      {certificate ? <OcopCertificatePanel certificate={certificate} /> : null}
      <TraceTimeline
        events={trace.events}
        unit={lot.unit}
        brokenSeq={trace.chain.status === "broken" ? trace.chain.seq : null}
      />

      <section aria-labelledby="trace-data-title" className="product-section">
        <h2 id="trace-data-title">{t("trace.data.title")}</h2>
        <p>
          <a href={lot.epcisPath} download type="application/ld+json">
            {t("trace.data.epcis")}
          </a>
        </p>
        <p className="muted small">{t("trace.data.verify")}</p>
      </section>
    </article>
  )
}
