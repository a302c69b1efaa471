import { starString } from "~/lib/format"
import { authorityKey, formatDay, groupKey } from "~/lib/ocop"
import type { CertificatePanelVM } from "~/lib/ocop-types"
import { useT } from "~/lib/use-t"

/** The product page's OCOP certificate: who certified it, the decision, until when, and where to check it. */
export function OcopCertificatePanel({ certificate }: { certificate: CertificatePanelVM }) {
  const t = useT()
  return (
    <section aria-labelledby="ocop-certificate-title" className="product-section ocop-panel">
      <h2 id="ocop-certificate-title">{t("ocop.panel.title")}</h2>
      <p className="ocop-panel-stars">
        <span className="ocop-stars" aria-hidden="true">
          {starString(certificate.stars)}
        </span>{" "}
        <strong>{t("ocop.stars_label", { stars: certificate.stars })}</strong>
      </p>
      <dl className="details">
        <dt>{t("ocop.panel.group")}</dt>
        <dd>{t(groupKey(certificate.group))}</dd>
        <dt>{t("ocop.panel.authority")}</dt>
        <dd>
          {certificate.authorityName} <span className="muted">({t(authorityKey(certificate.authorityLevel))})</span>
        </dd>
        <dt>{t("ocop.panel.decision")}</dt>
        <dd>
          {t("ocop.panel.decision_value", {
            number: certificate.decisionNumber,
            date: formatDay(certificate.decisionDate),
          })}
        </dd>
        <dt>{t("ocop.panel.valid_until")}</dt>
        <dd>{formatDay(certificate.validUntil)}</dd>
      </dl>
      <ul className="ocop-panel-links" role="list">
        {certificate.document ? (
          <li>
            <a href={certificate.document.url} target="_blank" rel="noopener noreferrer">
              {t(certificate.document.kind === "pdf" ? "ocop.panel.document_pdf" : "ocop.panel.document_image")}
            </a>
          </li>
        ) : null}
        <li>
          <a href={certificate.registerUrl} target="_blank" rel="noopener noreferrer external">
            {t("ocop.panel.register")}
          </a>
        </li>
      </ul>
      <p className="muted small">{t("ocop.panel.note")}</p>
    </section>
  )
}
