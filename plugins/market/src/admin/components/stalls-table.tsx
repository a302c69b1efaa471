import { findBank } from "@choso/seller-rules"
import { Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { TEXT } from "../lib/labels"
import { marketPath, sellerPath, stallPath } from "../lib/paths"
import type { Stall, StallWithOwner } from "../lib/types"
import { AccountBadge, StallStatusBadge } from "./badges"

type StallRow = Stall & Partial<Pick<StallWithOwner, "market" | "seller">>

const stop = (event: { stopPropagation: () => void }) => event.stopPropagation()
const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/**
 * One row per stall; a click anywhere on the row opens its page. `withOwner` adds the market and
 * the seller (the list across markets has them; a market's own stalls do not).
 */
export function StallsTable({ stalls, withOwner = false }: { stalls: StallRow[]; withOwner?: boolean }) {
  const navigate = useNavigate()
  const columns = TEXT.stalls.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.code}</Table.HeaderCell>
          <Table.HeaderCell>{columns.name}</Table.HeaderCell>
          <Table.HeaderCell>{columns.number}</Table.HeaderCell>
          {withOwner && <Table.HeaderCell>{columns.market}</Table.HeaderCell>}
          {withOwner && <Table.HeaderCell>{columns.seller}</Table.HeaderCell>}
          <Table.HeaderCell>{columns.account}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {stalls.map((stall) => (
          <Table.Row key={stall.id} className="cursor-pointer" onClick={() => navigate(stallPath(stall.id))}>
            <Table.Cell className="font-mono">{stall.code}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col py-1">
                <Link to={stallPath(stall.id)} onClick={stop} className={LINK}>
                  {stall.display_name}
                </Link>
                {stall.goods && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {stall.goods}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>{stall.number}</Table.Cell>
            {withOwner && (
              <Table.Cell>
                {stall.market ? (
                  <Link to={marketPath(stall.market.id)} onClick={stop} className={LINK}>
                    {stall.market.name}
                  </Link>
                ) : (
                  TEXT.none
                )}
              </Table.Cell>
            )}
            {withOwner && (
              <Table.Cell>
                {stall.seller ? (
                  <Link to={sellerPath(stall.seller.id)} onClick={stop} className={LINK}>
                    {stall.seller.name}
                  </Link>
                ) : (
                  TEXT.none
                )}
              </Table.Cell>
            )}
            <Table.Cell>
              <div className="flex flex-col items-start gap-y-1 py-1">
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {findBank(stall.bank_bin)?.shortName ?? stall.bank_bin} ·{" "}
                  <span className="font-mono">{stall.bank_account}</span>
                </Text>
                <AccountBadge verified={!!stall.account_verified_at} />
              </div>
            </Table.Cell>
            <Table.Cell>
              <StallStatusBadge status={stall.status} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
