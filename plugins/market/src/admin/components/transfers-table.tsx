import { Button, Table, Text } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { formatDateTime } from "../lib/format"
import { TEXT } from "../lib/labels"
import type { IncomingTransfer } from "../lib/types"
import { Amount } from "./amount"
import { OutcomeBadge, ReasonBadge } from "./badges"
import { RawPayload } from "./raw-payload"
import { Resolution } from "./resolution"

const C = TEXT.transferColumns

/**
 * Bank transfers the webhook reported, newest first: what the customer's bank wrote, why it was
 * not matched on its own and what the vendor decided. `full` adds the outcome, the receiving
 * account and the raw payload (the list across stalls); a stall's own "cần kiểm tra" list leaves them out.
 */
export function TransfersTable({ transfers, full = false }: { transfers: IncomingTransfer[]; full?: boolean }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const columnCount = full ? 7 : 4
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{C.time}</Table.HeaderCell>
          <Table.HeaderCell>{C.amount}</Table.HeaderCell>
          <Table.HeaderCell>{C.content}</Table.HeaderCell>
          {full && <Table.HeaderCell>{C.account}</Table.HeaderCell>}
          {full && <Table.HeaderCell>{C.outcome}</Table.HeaderCell>}
          <Table.HeaderCell>{full ? C.reason : `${C.reason} · ${C.resolution}`}</Table.HeaderCell>
          {full && <Table.HeaderCell>{C.resolution}</Table.HeaderCell>}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {transfers.map((transfer) => (
          <Fragment key={transfer.id}>
            <Table.Row>
              <Table.Cell className="whitespace-nowrap">{formatDateTime(transfer.transaction_date)}</Table.Cell>
              <Table.Cell>
                <Amount value={transfer.amount} />
              </Table.Cell>
              <Table.Cell>
                <div className="flex max-w-xs flex-col items-start gap-y-1 py-1">
                  <Text size="small" className="break-words font-mono">
                    {transfer.content || TEXT.none}
                  </Text>
                  {transfer.reference && (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {C.reference}: <span className="font-mono">{transfer.reference}</span>
                    </Text>
                  )}
                  {full && (
                    <Button size="small" variant="transparent" className="-ml-2" onClick={() => toggle(transfer.id)}>
                      {open.has(transfer.id) ? C.hideRaw : C.showRaw}
                    </Button>
                  )}
                </div>
              </Table.Cell>
              {full && (
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <span className="font-mono">{transfer.account}</span>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {C.provider}: {transfer.provider}
                    </Text>
                  </div>
                </Table.Cell>
              )}
              {full && (
                <Table.Cell>
                  <OutcomeBadge outcome={transfer.outcome} />
                </Table.Cell>
              )}
              <Table.Cell>
                {full ? (
                  <ReasonBadge reason={transfer.reason} />
                ) : (
                  <div className="flex flex-col items-start gap-y-1 py-1">
                    <ReasonBadge reason={transfer.reason} />
                    <Resolution transfer={transfer} />
                  </div>
                )}
              </Table.Cell>
              {full && (
                <Table.Cell>
                  <Resolution transfer={transfer} />
                </Table.Cell>
              )}
            </Table.Row>
            {full && open.has(transfer.id) && (
              <Table.Row className="hover:bg-transparent">
                {/* Medusa's Table.Cell has no colSpan: a plain cell spans the row. */}
                <td colSpan={columnCount} className="px-6 py-3">
                  <RawPayload raw={transfer.raw} />
                </td>
              </Table.Row>
            )}
          </Fragment>
        ))}
      </Table.Body>
    </Table>
  )
}
