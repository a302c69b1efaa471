import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDateTime, formatDay, formatScore } from "../lib/format"
import { AUTHORITY_LABELS, GROUP_LABELS, labelOf, TEXT } from "../lib/labels"
import { certificatePath } from "../lib/paths"
import type { Certificate } from "../lib/types"
import { CertificateStatusBadge, DaysLeftBadge } from "./badges"
import { LINK, SellerLink } from "./links"
import { Stars } from "./stars"

const C = TEXT.queue.columns

/** The products' titles, the first one linking to the certificate; a status badge under them on the "Tất cả" tab. */
function ProductsCell({ certificate, withStatus }: { certificate: Certificate; withStatus: boolean }) {
  const [first, ...others] = certificate.products
  return (
    <div className="flex flex-col items-start gap-y-1 py-1">
      <Link to={certificatePath(certificate.id)} onClick={(event) => event.stopPropagation()} className={LINK}>
        {first?.title ?? TEXT.certificate.title}
      </Link>
      {others.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-muted" title={others.map((product) => product.title).join(", ")}>
          {TEXT.queue.moreProducts(others.length)}
        </Text>
      )}
      {withStatus && <CertificateStatusBadge status={certificate.status} />}
    </div>
  )
}

/** One row per certificate; a click anywhere on the row opens it. */
export function CertificatesTable({
  certificates,
  withStatus = false,
}: {
  certificates: Certificate[]
  /** The "Tất cả" tab mixes statuses: each row shows its own. */
  withStatus?: boolean
}) {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{C.products}</Table.HeaderCell>
          <Table.HeaderCell>{C.seller}</Table.HeaderCell>
          <Table.HeaderCell>{C.stars}</Table.HeaderCell>
          <Table.HeaderCell>{C.group}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{C.score}</Table.HeaderCell>
          <Table.HeaderCell>{C.authority}</Table.HeaderCell>
          <Table.HeaderCell>{C.decision}</Table.HeaderCell>
          <Table.HeaderCell>{C.validUntil}</Table.HeaderCell>
          <Table.HeaderCell>{C.submittedAt}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {certificates.map((certificate) => (
          <Table.Row
            key={certificate.id}
            className="cursor-pointer"
            onClick={() => navigate(certificatePath(certificate.id))}
          >
            <Table.Cell>
              <ProductsCell certificate={certificate} withStatus={withStatus} />
            </Table.Cell>
            <Table.Cell>
              <SellerLink seller={certificate.seller} />
            </Table.Cell>
            <Table.Cell>
              <Stars stars={certificate.stars} />
            </Table.Cell>
            <Table.Cell>
              <Text size="small" className="break-words">
                {labelOf(GROUP_LABELS, certificate.group)}
              </Text>
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatScore(certificate.score)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-1">
                <Text size="small">{labelOf(AUTHORITY_LABELS, certificate.authority_level)}</Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {certificate.authority_name}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-1">
                <Text size="small" className="font-mono">
                  {certificate.decision_number}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {formatDay(certificate.decision_date)}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-col items-start gap-y-1 py-1">
                <span className="tabular-nums">{formatDay(certificate.valid_until)}</span>
                {certificate.status === "approved" && <DaysLeftBadge days={certificate.days_left} />}
              </div>
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap tabular-nums">{formatDateTime(certificate.created_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
