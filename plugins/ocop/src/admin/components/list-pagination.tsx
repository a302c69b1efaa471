import { Table } from "@medusajs/ui"
import { TEXT } from "../lib/labels"
import { PAGE_SIZE } from "../lib/queries"

/** Medusa's table pager over limit/offset pages of PAGE_SIZE. */
export function ListPagination({
  count,
  page,
  results,
  onPage,
}: {
  count: number
  page: number
  /** What is counted ("chứng nhận"). */
  results: string
  onPage: (page: number) => void
}) {
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <Table.Pagination
      count={count}
      pageSize={PAGE_SIZE}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => onPage(page - 1)}
      nextPage={() => onPage(page + 1)}
      translations={{ ...TEXT.pagination, results }}
    />
  )
}
