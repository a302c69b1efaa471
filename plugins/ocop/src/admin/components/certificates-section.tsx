import { Container } from "@medusajs/ui"
import { STATUS_FILTERS } from "../lib/filters"
import { TEXT } from "../lib/labels"
import { useCertificates } from "../lib/queries"
import type { StatusFilter } from "../lib/types"
import { CertificatesTable } from "./certificates-table"
import { FilterTabs } from "./filter-tabs"
import { PageHeader } from "./page-header"
import { PagedList } from "./paged-list"

const Q = TEXT.queue

/** The review queue: one tab per status ("Chờ duyệt" first), paged. A new tab starts on its first page. */
export function CertificatesSection({
  status,
  page,
  onChange,
}: {
  status: StatusFilter
  page: number
  onChange: (next: { status?: StatusFilter; page: number }) => void
}) {
  const query = useCertificates(status, page)
  return (
    <Container className="divide-y p-0">
      <PageHeader title={Q.title} subtitle={Q.subtitle} />
      <div className="px-6 py-3">
        <FilterTabs value={status} options={STATUS_FILTERS} onChange={(next) => onChange({ status: next, page: 0 })} />
      </div>
      <PagedList
        query={query}
        empty={status === "submitted" ? Q.emptySubmitted : Q.empty}
        results={Q.results}
        page={page}
        onPage={(next) => onChange({ page: next })}
      >
        {(data) => <CertificatesTable certificates={data.certificates} withStatus={status === "all"} />}
      </PagedList>
    </Container>
  )
}
