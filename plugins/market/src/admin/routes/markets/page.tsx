import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { MarketsSection } from "../../components/markets-section"
import { PageHeader } from "../../components/page-header"
import { StallsSection } from "../../components/stalls-section"
import { readChoice, readPage, STALL_FILTERS } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { useUrlParams } from "../../lib/use-url-params"

/** Chợ 4.0: the markets, then the stalls of every market by status (?market_page, ?status, ?page). */
const MarketsPage = () => {
  const [params, update] = useUrlParams()
  const status = readChoice(params, "status", STALL_FILTERS)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <PageHeader title={TEXT.markets.title} subtitle={TEXT.markets.subtitle} />
      </Container>
      <MarketsSection page={readPage(params, "market_page")} onPage={(page) => update({ market_page: page })} />
      <StallsSection
        status={status}
        page={readPage(params, "page")}
        onChange={(next) => update({ status: next.status ?? status, page: next.page })}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: TEXT.markets.menu,
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => TEXT.markets.menu,
}

export default MarketsPage
