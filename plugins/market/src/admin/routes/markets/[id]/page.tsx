import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/back-link"
import { IllustrationBadge } from "../../../components/badges"
import { MarketFields } from "../../../components/market-fields"
import { MarketForm } from "../../../components/market-form"
import { PageHeader } from "../../../components/page-header"
import { QueryContent } from "../../../components/query-content"
import { EmptyState } from "../../../components/query-states"
import { Section } from "../../../components/section"
import { StallForm } from "../../../components/stall-form"
import { StallsTable } from "../../../components/stalls-table"
import { TEXT } from "../../../lib/labels"
import { MARKETS_PATH } from "../../../lib/paths"
import { useMarket } from "../../../lib/queries"
import type { MarketDetail } from "../../../lib/types"

const M = TEXT.market

function MarketView({ market }: { market: MarketDetail }) {
  const [editing, setEditing] = useState(false)
  const [adding, setAdding] = useState(false)
  return (
    <>
      <Container className="divide-y p-0">
        <PageHeader
          title={market.name}
          badges={market.illustration && <IllustrationBadge />}
          subtitle={`${market.code} · ${market.address}`}
          actions={
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              {M.edit}
            </Button>
          }
        />
        <MarketFields market={market} />
      </Container>
      <Section
        title={M.sections.stalls}
        count={market.stalls.length}
        actions={
          <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
            {TEXT.stalls.add}
          </Button>
        }
      >
        {market.stalls.length === 0 ? (
          <EmptyState message={M.emptyStalls} />
        ) : (
          <div className="overflow-x-auto">
            <StallsTable stalls={[...market.stalls].sort((a, b) => a.code.localeCompare(b.code))} />
          </div>
        )}
      </Section>
      {editing && <MarketForm market={market} onClose={() => setEditing(false)} />}
      {adding && <StallForm marketId={market.id} onClose={() => setAdding(false)} />}
    </>
  )
}

const MarketPage = () => {
  const { id = "" } = useParams()
  const query = useMarket(id)
  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to={MARKETS_PATH} label={M.back} />
      <QueryContent query={query} rows={8} framed notFound={{ message: M.notFound, detail: id }}>
        {(data) => <MarketView market={data.market} />}
      </QueryContent>
    </div>
  )
}

export const handle = {
  breadcrumb: () => M.title,
}

export default MarketPage
