import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CreditCard } from "@medusajs/icons"
import { Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { AttemptsTable } from "../../components/attempts-table"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-states"
import { FILTERS, readListParams } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { PAGE_SIZE, useVNPayAttempts } from "../../lib/queries"

const VNPayAttemptsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const { status, page } = readListParams(searchParams)
  const { data, isPending, isError, error, refetch } = useVNPayAttempts(status, page)
  const show = (next: { status?: string; page?: number }) =>
    setSearchParams({ status: next.status ?? status, page: String(next.page ?? 0) })

  const pageCount = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{TEXT.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {TEXT.subtitle}
        </Text>
      </div>
      <div className="px-6 py-3">
        <Tabs value={status} onValueChange={(value) => show({ status: value })}>
          <Tabs.List className="flex flex-wrap gap-1">
            {FILTERS.map((filter) => (
              <Tabs.Trigger key={filter.value} value={filter.value}>
                {filter.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState message={TEXT.loadError} detail={error.message} onRetry={() => void refetch()} />
      ) : data.count === 0 ? (
        <EmptyState message={status === "attention" ? TEXT.emptyAttention : TEXT.empty} />
      ) : (
        <div>
          <div className="overflow-x-auto">
            <AttemptsTable attempts={data.vnpay_attempts} />
          </div>
          <Table.Pagination
            count={data.count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => show({ page: page - 1 })}
            nextPage={() => show({ page: page + 1 })}
            translations={TEXT.pagination}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: TEXT.menu,
  icon: CreditCard,
})

export const handle = {
  breadcrumb: () => TEXT.menu,
}

export default VNPayAttemptsPage
