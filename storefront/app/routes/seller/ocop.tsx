import { Link } from "react-router"
import { Alert } from "~/components/Alert"
import { readLang } from "~/lib/cookies.server"
import { formatDate, starString } from "~/lib/format"
import { translate } from "~/lib/i18n"
import { backendUrl } from "~/lib/medusa.server"
import { authorityKey, eventKey, expiryWarnings, formatDay, groupKey, statusKey, toSellerCertificate } from "~/lib/ocop"
import type { CertificateStatus, SellerCertificateVM } from "~/lib/ocop-types"
import { withSellerToken } from "~/lib/seller.server"
import { ocopRenewPath, ocopResubmitPath, SELLER_OCOP_NEW } from "~/lib/seller-paths"
import { useLang, useT } from "~/lib/use-t"
import { listOcopCertificates } from "~/lib/vendor-api.server"
import type { Route } from "./+types/ocop"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const { certificates } = await listOcopCertificates(token, lang)
    const list = (certificates ?? []).map((c) => toSellerCertificate(c, backendUrl()))
    return {
      title: translate(lang, "ocop.seller.meta_title"),
      certificates: list,
      warnings: expiryWarnings(list),
      sent: new URL(request.url).searchParams.get("notice") === "sent",
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

const CHIP_CLASS: Record<CertificateStatus, string> = {
  draft: "status-badge",
  submitted: "status-badge status-badge-wait",
  approved: "status-badge status-badge-on",
  rejected: "status-badge status-badge-off",
  expired: "status-badge",
  revoked: "status-badge status-badge-off",
}

export default function SellerOcop({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { certificates, warnings } = loaderData
  return (
    <div className="page narrow seller-ocop">
      <h1>{t("ocop.seller.title")}</h1>
      <p>{t("ocop.seller.lead")}</p>
      {loaderData.sent ? <Alert kind="success">{t("ocop.seller.sent")}</Alert> : null}

      {warnings.map((warning) => (
        <div key={warning.id} className={warning.urgent ? "ocop-expiry ocop-expiry-urgent" : "ocop-expiry"}>
          <p>
            <strong>
              {t("ocop.seller.expiry_warning", {
                products: warning.products.join(", "),
                date: formatDay(warning.validUntil),
              })}
            </strong>{" "}
            {t("ocop.seller.days_left", { count: warning.daysLeft })}
          </p>
          <p>
            <Link className="button button-primary" to={ocopRenewPath(warning.id)}>
              {t("ocop.seller.renew")}
            </Link>
          </p>
        </div>
      ))}

      <p>
        <Link className="button" to={SELLER_OCOP_NEW}>
          {t("ocop.seller.new")}
        </Link>
      </p>

      <section aria-labelledby="certificates-title" className="product-section">
        <h2 id="certificates-title">{t("ocop.seller.list_title", { count: certificates.length })}</h2>
        {certificates.length ? (
          <ul className="ocop-certificates" role="list">
            {certificates.map((certificate) => (
              <CertificateItem key={certificate.id} certificate={certificate} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t("ocop.seller.none")}</p>
        )}
      </section>
    </div>
  )
}

function CertificateItem({ certificate: c }: { certificate: SellerCertificateVM }) {
  const t = useT()
  const lang = useLang()
  const titleId = `certificate-${c.id}`
  const products = c.products.map((p) => p.title).join(", ") || t("ocop.seller.no_products")
  return (
    <li className="ocop-certificate" aria-labelledby={titleId}>
      <h3 id={titleId} className="ocop-certificate-title">
        {products}
      </h3>
      <p className="ocop-certificate-head">
        <span className={CHIP_CLASS[c.status] ?? "status-badge"}>{t(statusKey(c.status))}</span>{" "}
        <span className="ocop-stars" aria-hidden="true">
          {starString(c.stars)}
        </span>{" "}
        <span>{t("ocop.stars_label", { stars: c.stars })}</span>
      </p>
      <dl className="details">
        <dt>{t("ocop.panel.group")}</dt>
        <dd>{t(groupKey(c.group))}</dd>
        <dt>{t("ocop.seller.score")}</dt>
        <dd>{t("ocop.seller.score_value", { score: c.score })}</dd>
        <dt>{t("ocop.panel.authority")}</dt>
        <dd>
          {c.authorityName} <span className="muted">({t(authorityKey(c.authorityLevel))})</span>
        </dd>
        <dt>{t("ocop.panel.decision")}</dt>
        <dd>{t("ocop.panel.decision_value", { number: c.decisionNumber, date: formatDay(c.decisionDate) })}</dd>
        <dt>{t("ocop.panel.valid_until")}</dt>
        <dd>
          {formatDay(c.validUntil)}
          {c.status === "approved" && c.daysLeft !== null ? (
            <>
              {" "}
              <span className="muted">({t("ocop.seller.days_left", { count: c.daysLeft })})</span>
            </>
          ) : null}
        </dd>
      </dl>
      {(c.status === "rejected" || c.status === "revoked") && c.reason ? (
        <blockquote className="status-reason">
          <p className="muted small">{t("ocop.seller.reason_label")}</p>
          <p>{c.reason}</p>
        </blockquote>
      ) : null}
      <div className="seller-product-actions">
        {c.status === "rejected" ? (
          <Link className="button button-primary" to={ocopResubmitPath(c.id)}>
            {t("ocop.seller.resubmit")}
          </Link>
        ) : null}
        {c.status === "approved" ? (
          <Link className="button button-secondary" to={ocopRenewPath(c.id)}>
            {t("ocop.seller.renew")}
          </Link>
        ) : null}
        {c.documentUrl ? (
          <a className="button button-secondary" href={c.documentUrl} target="_blank" rel="noopener noreferrer">
            {t("ocop.seller.document")}
          </a>
        ) : null}
      </div>
      {c.events.length ? (
        <details className="ocop-history">
          <summary>{t("ocop.seller.history", { count: c.events.length })}</summary>
          <ol>
            {c.events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at}>{formatDate(lang, event.at)}</time> — {t(eventKey(event.action))}
                {event.reason ? <span className="muted"> — {event.reason}</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  )
}
