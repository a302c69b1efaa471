import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"
import { ListPagination } from "../../components/list-pagination"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-states"
import { SearchInput } from "../../components/search-input"
import { SellersTable } from "../../components/sellers-table"
import { type ListParams, readListParams, SELLER_FILTERS, writeListParams } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { useSellers } from "../../lib/queries"
import type { SellerFilter } from "../../lib/types"

const SellersPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readListParams(searchParams, "status", SELLER_FILTERS)
  const { filter, q, page } = params
  const { data, isPending, isError, error, refetch } = useSellers(filter, q, page)

  // A new tab or a new search starts again at the first page.
  const show = (next: Partial<ListParams<SellerFilter>>) =>
    setSearchParams(writeListParams("status", { ...params, page: 0, ...next }))
  const search = useCallback(
    (text: string) =>
      setSearchParams((current) =>
        writeListParams("status", { ...readListParams(current, "status", SELLER_FILTERS), q: text, page: 0 })
      ),
    [setSearchParams]
  )

  const emptyMessage = q
    ? TEXT.sellers.emptySearch
    : filter === "pending"
      ? TEXT.sellers.emptyPending
      : TEXT.sellers.empty
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{TEXT.sellers.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {TEXT.sellers.subtitle}
        </Text>
      </div>
      <div className="flex flex-col gap-3 px-6 py-3 md:flex-row md:items-center md:justify-between">
        <Tabs value={filter} onValueChange={(value) => show({ filter: value as SellerFilter })}>
          <Tabs.List className="flex flex-wrap gap-1">
            {SELLER_FILTERS.map((item) => (
              <Tabs.Trigger key={item.value} value={item.value}>
                {item.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <SearchInput value={q} placeholder={TEXT.sellers.search} onSearch={search} />
      </div>
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState message={TEXT.loadError} detail={error.message} onRetry={() => void refetch()} />
      ) : data.count === 0 ? (
        <EmptyState message={emptyMessage} />
      ) : (
        <div>
          <div className="overflow-x-auto">
            <SellersTable sellers={data.sellers} />
          </div>
          <ListPagination
            count={data.count}
            page={page}
            results={TEXT.sellers.results}
            onPage={(next) => show({ page: next })}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: TEXT.sellers.menu,
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => TEXT.sellers.menu,
}

export default SellersPage
