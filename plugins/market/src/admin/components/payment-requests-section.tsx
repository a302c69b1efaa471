import { REQUEST_FILTERS } from "../lib/filters"
import { TEXT } from "../lib/labels"
import { usePaymentRequests } from "../lib/queries"
import type { RequestFilter } from "../lib/types"
import { FilterTabs } from "./filter-tabs"
import { PagedList } from "./paged-list"
import { PaymentRequestsTable } from "./payment-requests-table"
import { Section } from "./section"

const R = TEXT.payments.requests

/** Every stall's payment requests, newest first, by status. */
export function PaymentRequestsSection({
  status,
  page,
  onChange,
}: {
  status: RequestFilter
  page: number
  onChange: (next: { status?: RequestFilter; page: number }) => void
}) {
  const query = usePaymentRequests(status, page)
  return (
    <Section title={R.title} count={query.data?.count}>
      <div className="px-6 py-3">
        <FilterTabs value={status} options={REQUEST_FILTERS} onChange={(next) => onChange({ status: next, page: 0 })} />
      </div>
      <PagedList
        query={query}
        empty={R.empty}
        results={R.results}
        page={page}
        onPage={(next) => onChange({ page: next })}
      >
        {(data) => <PaymentRequestsTable requests={data.payment_requests} withStall />}
      </PagedList>
    </Section>
  )
}
