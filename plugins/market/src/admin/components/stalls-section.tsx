import { Text } from "@medusajs/ui"
import { STALL_FILTERS } from "../lib/filters"
import { TEXT } from "../lib/labels"
import { useStalls } from "../lib/queries"
import type { StallFilter } from "../lib/types"
import { FilterTabs } from "./filter-tabs"
import { PagedList } from "./paged-list"
import { Section } from "./section"
import { StallsTable } from "./stalls-table"

const S = TEXT.stalls

/** The stalls of every market by status: "Chờ xác minh" first, the stalls waiting for an account check. */
export function StallsSection({
  status,
  page,
  onChange,
}: {
  status: StallFilter
  page: number
  onChange: (next: { status?: StallFilter; page: number }) => void
}) {
  const query = useStalls(status, page)
  return (
    <Section title={S.title} count={query.data?.count}>
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <FilterTabs value={status} options={STALL_FILTERS} onChange={(next) => onChange({ status: next, page: 0 })} />
        <Text size="xsmall" className="text-ui-fg-muted">
          {S.subtitle}
        </Text>
      </div>
      <PagedList
        query={query}
        empty={status === "pending" ? S.emptyPending : S.empty}
        results={S.results}
        page={page}
        onPage={(next) => onChange({ page: next })}
      >
        {(data) => <StallsTable stalls={data.stalls} withOwner />}
      </PagedList>
    </Section>
  )
}
