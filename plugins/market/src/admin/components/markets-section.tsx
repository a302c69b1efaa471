import { Button } from "@medusajs/ui"
import { useState } from "react"
import { TEXT } from "../lib/labels"
import { useMarkets } from "../lib/queries"
import { MarketForm } from "./market-form"
import { MarketsTable } from "./markets-table"
import { PagedList } from "./paged-list"
import { Section } from "./section"

const M = TEXT.markets

/** Every market, by name, with "Thêm chợ". */
export function MarketsSection({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const query = useMarkets(page)
  const [adding, setAdding] = useState(false)
  return (
    <Section
      title={M.tabs.markets}
      count={query.data?.count}
      actions={
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {M.add}
        </Button>
      }
    >
      <PagedList query={query} empty={M.empty} results={M.results} page={page} onPage={onPage}>
        {(data) => <MarketsTable markets={data.markets} />}
      </PagedList>
      {adding && <MarketForm onClose={() => setAdding(false)} />}
    </Section>
  )
}
