import { OUTCOME_FILTERS } from "../lib/filters"
import { TEXT } from "../lib/labels"
import { useIncomingTransfers } from "../lib/queries"
import type { OutcomeFilter } from "../lib/types"
import { FilterTabs } from "./filter-tabs"
import { PagedList } from "./paged-list"
import { Section } from "./section"
import { TransfersTable } from "./transfers-table"

const T = TEXT.payments.transfers

/** The bank transfers the webhook reported, newest first, by outcome; each with its raw payload. */
export function IncomingTransfersSection({
  outcome,
  page,
  onChange,
}: {
  outcome: OutcomeFilter
  page: number
  onChange: (next: { outcome?: OutcomeFilter; page: number }) => void
}) {
  const query = useIncomingTransfers(outcome, page)
  return (
    <Section title={T.title} count={query.data?.count}>
      <div className="px-6 py-3">
        <FilterTabs
          value={outcome}
          options={OUTCOME_FILTERS}
          onChange={(next) => onChange({ outcome: next, page: 0 })}
        />
      </div>
      <PagedList
        query={query}
        empty={T.empty}
        results={T.results}
        page={page}
        onPage={(next) => onChange({ page: next })}
      >
        {(data) => <TransfersTable transfers={data.incoming_transfers} full />}
      </PagedList>
    </Section>
  )
}
