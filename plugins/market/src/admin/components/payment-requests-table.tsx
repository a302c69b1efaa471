import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime } from "../lib/format"
import { labelOf, SOURCE_LABELS, TEXT } from "../lib/labels"
import { stallPath } from "../lib/paths"
import type { AdminPaymentRequest, PaymentRequest } from "../lib/types"
import { Amount } from "./amount"
import { RailBadge, RequestStatusBadge } from "./badges"

type RequestRow = PaymentRequest & Partial<Pick<AdminPaymentRequest, "stall" | "confirmation_source">>

/** Payment requests, newest first. `withStall` adds the stall and what confirmed the payment (the list across stalls). */
export function PaymentRequestsTable({ requests, withStall = false }: { requests: RequestRow[]; withStall?: boolean }) {
  const columns = TEXT.requestColumns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.time}</Table.HeaderCell>
          <Table.HeaderCell>{columns.reference}</Table.HeaderCell>
          {withStall && <Table.HeaderCell>{columns.stall}</Table.HeaderCell>}
          <Table.HeaderCell>{columns.amount}</Table.HeaderCell>
          <Table.HeaderCell>{columns.rail}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{columns.paidAt}</Table.HeaderCell>
          {withStall && <Table.HeaderCell>{columns.source}</Table.HeaderCell>}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {requests.map((request) => (
          <Table.Row key={request.id}>
            <Table.Cell className="whitespace-nowrap">{formatDateTime(request.created_at)}</Table.Cell>
            <Table.Cell className="font-mono">{request.reference}</Table.Cell>
            {withStall && (
              <Table.Cell>
                {request.stall ? (
                  <Link
                    to={stallPath(request.stall.id)}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                    title={request.stall.code}
                  >
                    {request.stall.display_name}
                  </Link>
                ) : (
                  TEXT.none
                )}
              </Table.Cell>
            )}
            <Table.Cell>
              <Amount value={request.amount} words={request.words} />
            </Table.Cell>
            <Table.Cell>
              <RailBadge rail={request.rail} />
            </Table.Cell>
            <Table.Cell>
              <RequestStatusBadge status={request.status} />
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">
              {request.paid_at ? formatDateTime(request.paid_at) : TEXT.none}
            </Table.Cell>
            {withStall && <Table.Cell>{labelOf(SOURCE_LABELS, request.confirmation_source)}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
