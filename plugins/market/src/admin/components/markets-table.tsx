import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { TEXT } from "../lib/labels"
import { marketPath } from "../lib/paths"
import type { MarketSummary } from "../lib/types"
import { IllustrationBadge } from "./badges"

/** One row per market; a click anywhere on the row opens its page. */
export function MarketsTable({ markets }: { markets: MarketSummary[] }) {
  const navigate = useNavigate()
  const columns = TEXT.markets.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.code}</Table.HeaderCell>
          <Table.HeaderCell>{columns.name}</Table.HeaderCell>
          <Table.HeaderCell>{columns.address}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{columns.stalls}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {markets.map((market) => (
          <Table.Row key={market.id} className="cursor-pointer" onClick={() => navigate(marketPath(market.id))}>
            <Table.Cell className="font-mono">{market.code}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-2 py-1">
                <Link
                  to={marketPath(market.id)}
                  onClick={(event) => event.stopPropagation()}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {market.name}
                </Link>
                {market.illustration && <IllustrationBadge />}
              </div>
            </Table.Cell>
            <Table.Cell>
              <Text size="small" className="break-words">
                {market.address}
              </Text>
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">{market.stall_count}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
