import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDay } from "../lib/format"
import { GROUP_LABELS, labelOf, TEXT } from "../lib/labels"
import { certificatePath } from "../lib/paths"
import type { Certificate, ProductOcop } from "../lib/types"
import { CertificateStatusBadge, DaysLeftBadge } from "./badges"
import { LINK } from "./links"
import { EmptyState } from "./query-states"
import { Stars } from "./stars"

const W = TEXT.widget

/** The product's current certificate: its stars, group, end date and status, and a link to it. */
function CurrentCertificate({ certificate }: { certificate: Certificate }) {
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {W.current}
      </Text>
      <div className="flex flex-wrap items-center gap-2">
        <Stars stars={certificate.stars} />
        <Text size="small" weight="plus">
          {TEXT.stars(certificate.stars)}
        </Text>
        <CertificateStatusBadge status={certificate.status} />
        {certificate.status === "approved" && <DaysLeftBadge days={certificate.days_left} />}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt>
          <Text size="small" className="text-ui-fg-subtle">
            {TEXT.certificate.fields.group}
          </Text>
        </dt>
        <dd className="txt-small">{labelOf(GROUP_LABELS, certificate.group)}</dd>
        <dt>
          <Text size="small" className="text-ui-fg-subtle">
            {W.validUntil}
          </Text>
        </dt>
        <dd className="txt-small tabular-nums">{formatDay(certificate.valid_until)}</dd>
        <dt>
          <Text size="small" className="text-ui-fg-subtle">
            {W.decision}
          </Text>
        </dt>
        <dd className="txt-small font-mono">{certificate.decision_number}</dd>
      </dl>
      <Link to={certificatePath(certificate.id)} className={`${LINK} txt-small self-start`}>
        {W.open}
      </Link>
    </div>
  )
}

/** The product's other certificates, newest first, each linking to its page. */
function CertificateHistoryList({ certificates }: { certificates: Certificate[] }) {
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {W.history}
      </Text>
      <ul className="flex flex-col gap-y-2">
        {certificates.map((certificate) => (
          <li key={certificate.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Stars stars={certificate.stars} />
            <CertificateStatusBadge status={certificate.status} />
            <Link to={certificatePath(certificate.id)} className={`${LINK} txt-small font-mono`}>
              {certificate.decision_number}
            </Link>
            <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
              {formatDay(certificate.decision_date)} – {formatDay(certificate.valid_until)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The widget's body: the current certificate, then the others; a line when there is none at all. */
export function ProductCertificates({ data }: { data: ProductOcop }) {
  const { current } = data
  const others = data.certificates
    .filter((certificate) => certificate.id !== current?.id)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
  if (!current && others.length === 0) return <EmptyState message={W.none} />
  return (
    <>
      {current ? <CurrentCertificate certificate={current} /> : <EmptyState message={W.none} />}
      {others.length > 0 && <CertificateHistoryList certificates={others} />}
    </>
  )
}
