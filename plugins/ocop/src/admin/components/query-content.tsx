import { Container } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { TEXT } from "../lib/labels"
import { statusOf } from "../lib/queries"
import { EmptyState, ErrorState, LoadingState } from "./query-states"

/**
 * A query's loading, error and empty states, then its data: every list, page and widget of the plugin
 * shows them the same way. A 404 shows `notFound` (no retry: an unknown id stays unknown).
 * `framed` puts those states in a card of their own (a record's page, whose data fills several cards).
 */
export function QueryContent<T>({
  query,
  rows,
  isEmpty,
  empty,
  notFound,
  framed = false,
  children,
}: {
  query: UseQueryResult<T>
  rows?: number
  isEmpty?: (data: T) => boolean
  empty?: string
  notFound?: { message: string; detail?: string }
  framed?: boolean
  children: (data: T) => ReactNode
}) {
  const frame = (state: ReactNode) => (framed ? <Container className="p-0">{state}</Container> : state)
  if (query.isPending) return frame(<LoadingState rows={rows} />)
  if (query.isError) {
    if (notFound && statusOf(query.error) === 404) {
      return frame(<ErrorState message={notFound.message} detail={notFound.detail} />)
    }
    return frame(
      <ErrorState message={TEXT.loadError} detail={query.error.message} onRetry={() => void query.refetch()} />
    )
  }
  if (isEmpty?.(query.data)) return frame(<EmptyState message={empty ?? TEXT.none} />)
  return <>{children(query.data)}</>
}
