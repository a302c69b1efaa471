import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { ListPagination } from "./list-pagination"
import { QueryContent } from "./query-content"

/** A page of a list query: its states, then its table (scrolling sideways on a narrow screen) and the pager. */
export function PagedList<T extends { count: number }>({
  query,
  empty,
  results,
  page,
  onPage,
  children,
}: {
  query: UseQueryResult<T>
  empty: string
  /** What is counted ("chứng nhận"). */
  results: string
  page: number
  onPage: (page: number) => void
  children: (data: T) => ReactNode
}) {
  return (
    <QueryContent query={query} isEmpty={(data) => data.count === 0} empty={empty}>
      {(data) => (
        <div>
          <div className="overflow-x-auto">{children(data)}</div>
          <ListPagination count={data.count} page={page} results={results} onPage={onPage} />
        </div>
      )}
    </QueryContent>
  )
}
