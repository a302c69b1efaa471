import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid, InformationCircleSolid } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"
import { ListPagination } from "../../components/list-pagination"
import { MessagesTable } from "../../components/messages-table"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-states"
import { SearchInput } from "../../components/search-input"
import { type ListParams, MESSAGE_FILTERS, readListParams, writeListParams } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { useSentMessages } from "../../lib/queries"
import type { MessageFilter } from "../../lib/types"

const M = TEXT.messages

/** What the Notification module sent (Medusa's GET /admin/notifications), newest first. */
const SentMessagesPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readListParams(searchParams, "channel", MESSAGE_FILTERS)
  const { filter, q, page } = params
  const { data, isPending, isError, error, refetch } = useSentMessages(filter, q, page)

  const show = (next: Partial<ListParams<MessageFilter>>) =>
    setSearchParams(writeListParams("channel", { ...params, page: 0, ...next }))
  const search = useCallback(
    (text: string) =>
      setSearchParams((current) =>
        writeListParams("channel", { ...readListParams(current, "channel", MESSAGE_FILTERS), q: text, page: 0 })
      ),
    [setSearchParams]
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">{M.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {M.subtitle}
        </Text>
      </div>
      <div className="flex items-start gap-x-2 bg-ui-bg-subtle px-6 py-3" role="note">
        <InformationCircleSolid className="mt-0.5 shrink-0 text-ui-fg-interactive" />
        <Text size="small" className="text-ui-fg-subtle">
          {M.devNote}
        </Text>
      </div>
      <div className="flex flex-col gap-3 px-6 py-3 md:flex-row md:items-center md:justify-between">
        <Tabs value={filter} onValueChange={(value) => show({ filter: value as MessageFilter })}>
          <Tabs.List className="flex flex-wrap gap-1">
            {MESSAGE_FILTERS.map((item) => (
              <Tabs.Trigger key={item.value} value={item.value}>
                {item.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <SearchInput value={q} placeholder={M.search} onSearch={search} />
      </div>
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState message={TEXT.loadError} detail={error.message} onRetry={() => void refetch()} />
      ) : data.count === 0 ? (
        <EmptyState message={q ? M.emptySearch : M.empty} />
      ) : (
        <div>
          <div className="overflow-x-auto">
            <MessagesTable notifications={data.notifications} />
          </div>
          <ListPagination count={data.count} page={page} results={M.results} onPage={(next) => show({ page: next })} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: M.menu,
  icon: EnvelopeSolid,
})

export const handle = {
  breadcrumb: () => M.menu,
}

export default SentMessagesPage
