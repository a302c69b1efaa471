import { Table } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { formatDateTime, formatVnd } from "../lib/format"
import { labelOf, REASON_LABELS, TEXT } from "../lib/labels"
import type { VNPayAttemptSummary } from "../lib/types"
import { OrderLink } from "./order-link"
import { AttemptStatusBadge } from "./status-badge"

/** One row per attempt; a click anywhere on the row opens its detail page. */
export function AttemptsTable({ attempts }: { attempts: VNPayAttemptSummary[] }) {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{TEXT.columns.time}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.txnRef}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.transactionNo}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{TEXT.columns.amount}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.reason}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.cart}</Table.HeaderCell>
          <Table.HeaderCell>{TEXT.columns.order}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {attempts.map((attempt) => (
          <Table.Row key={attempt.id} className="cursor-pointer" onClick={() => navigate(`/vnpay/${attempt.id}`)}>
            <Table.Cell className="whitespace-nowrap">{formatDateTime(attempt.updated_at)}</Table.Cell>
            <Table.Cell>
              <Link
                to={`/vnpay/${attempt.id}`}
                onClick={(event) => event.stopPropagation()}
                className="font-mono text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {attempt.txn_ref}
              </Link>
            </Table.Cell>
            <Table.Cell className="font-mono">{attempt.transaction_no ?? TEXT.none}</Table.Cell>
            <Table.Cell className="whitespace-nowrap text-right">{formatVnd(attempt.amount)}</Table.Cell>
            <Table.Cell>
              <AttemptStatusBadge status={attempt.status} />
            </Table.Cell>
            <Table.Cell>{labelOf(REASON_LABELS, attempt.reason)}</Table.Cell>
            <Table.Cell className="font-mono text-ui-fg-subtle">{attempt.resource_id}</Table.Cell>
            <Table.Cell>
              <OrderLink orderId={attempt.order_id} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
