import { NATIONAL_REGISTER_URL } from "@choso/ocop-rules"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay, formatScore } from "../lib/format"
import { AUTHORITY_LABELS, GROUP_LABELS, labelOf, TEXT } from "../lib/labels"
import { certificatePath } from "../lib/paths"
import type { Certificate } from "../lib/types"
import { DaysLeftBadge } from "./badges"
import { copyable, type Field, FieldList, plain } from "./field-list"
import { ExternalLink, LINK, ProductLinks, SellerLink } from "./links"
import { ScoreConsistency } from "./score-consistency"
import { Section } from "./section"
import { Stars } from "./stars"

const F = TEXT.certificate.fields

function fieldsOf(certificate: Certificate): Field[] {
  const fields: Field[] = [
    { label: F.products, value: <ProductLinks products={certificate.products} /> },
    { label: F.seller, value: <SellerLink seller={certificate.seller} /> },
    {
      label: F.stars,
      value: (
        <span className="inline-flex items-center gap-x-2">
          <Stars stars={certificate.stars} />
          <span>{TEXT.stars(certificate.stars)}</span>
        </span>
      ),
    },
    { label: F.score, value: <span className="tabular-nums">{formatScore(certificate.score)}</span> },
    { label: F.group, value: plain(labelOf(GROUP_LABELS, certificate.group)) },
    { label: F.authorityLevel, value: plain(labelOf(AUTHORITY_LABELS, certificate.authority_level)) },
    { label: F.authorityName, value: plain(certificate.authority_name) },
    { label: F.decisionNumber, value: copyable(certificate.decision_number) },
    { label: F.decisionDate, value: plain(formatDay(certificate.decision_date)) },
    {
      label: F.validUntil,
      value: (
        <span className="inline-flex flex-wrap items-center gap-2">
          <span className="tabular-nums">{formatDay(certificate.valid_until)}</span>
          {certificate.status === "approved" && <DaysLeftBadge days={certificate.days_left} />}
        </span>
      ),
    },
  ]
  if (certificate.status === "approved" && certificate.days_left !== null) {
    fields.push({ label: F.daysLeft, value: plain(TEXT.certificate.daysLeft(certificate.days_left)) })
  }
  if (certificate.warnings.length > 0) {
    fields.push({ label: F.warnings, value: plain(TEXT.certificate.warnings(certificate.warnings)) })
  }
  if (certificate.replaces_id) {
    fields.push({
      label: F.replaces,
      value: (
        <Link to={certificatePath(certificate.replaces_id)} className={LINK}>
          {TEXT.certificate.replacesLink}
        </Link>
      ),
    })
  }
  if (certificate.reason) {
    const title =
      certificate.status === "rejected" || certificate.status === "revoked"
        ? TEXT.certificate.reasonTitle[certificate.status]
        : F.reason
    fields.push({ label: title, value: <span className="whitespace-pre-wrap break-words">{certificate.reason}</span> })
  }
  fields.push(
    { label: F.submittedAt, value: plain(formatDateTime(certificate.created_at)) },
    { label: F.reviewedAt, value: plain(certificate.reviewed_at ? formatDateTime(certificate.reviewed_at) : null) },
    { label: F.id, value: copyable(certificate.id) }
  )
  return fields
}

/** What the certificate says, the score's band against its stars, and where to check it nationally. */
export function CertificateFields({ certificate }: { certificate: Certificate }) {
  return (
    <Section title={TEXT.certificate.sections.info}>
      <FieldList fields={fieldsOf(certificate)} />
      <ScoreConsistency certificate={certificate} />
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <ExternalLink href={NATIONAL_REGISTER_URL}>{TEXT.certificate.register}</ExternalLink>
        <Text size="xsmall" className="text-ui-fg-muted">
          {TEXT.certificate.registerHint(certificate.decision_number)}
        </Text>
      </div>
    </Section>
  )
}
