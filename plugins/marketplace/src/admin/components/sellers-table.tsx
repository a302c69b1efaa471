import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDate } from "../lib/format"
import { KIND_LABELS, LEGAL_FORM_LABELS, labelOf, TEXT } from "../lib/labels"
import type { SellerSummary } from "../lib/types"
import { SellerStatusBadge } from "./status-badge"

/** One row per seller; a click anywhere on the row opens its page. */
export function SellersTable({ sellers }: { sellers: SellerSummary[] }) {
  const navigate = useNavigate()
  const columns = TEXT.sellers.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.name}</Table.HeaderCell>
          <Table.HeaderCell>{columns.kind}</Table.HeaderCell>
          <Table.HeaderCell>{columns.legalForm}</Table.HeaderCell>
          <Table.HeaderCell>{columns.province}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{columns.registered}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {sellers.map((seller) => (
          <Table.Row key={seller.id} className="cursor-pointer" onClick={() => navigate(`/sellers/${seller.id}`)}>
            <Table.Cell>
              <div className="flex flex-col py-1">
                <Link
                  to={`/sellers/${seller.id}`}
                  onClick={(event) => event.stopPropagation()}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {seller.name}
                </Link>
                {seller.representative && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {seller.representative}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>{labelOf(KIND_LABELS, seller.kind)}</Table.Cell>
            <Table.Cell>{labelOf(LEGAL_FORM_LABELS, seller.legal_form)}</Table.Cell>
            <Table.Cell>
              {seller.province_name ? (
                <span title={seller.province_code}>{seller.province_name}</span>
              ) : (
                <span className="font-mono">{seller.province_code}</span>
              )}
            </Table.Cell>
            <Table.Cell>
              <SellerStatusBadge status={seller.status} />
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">{formatDate(seller.created_at)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
