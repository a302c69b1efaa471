import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifierAlert } from "@medusajs/icons"
import { Container, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ChainBadge } from "../../components/chain-badge"
import { PageHeader } from "../../components/page-header"
import { sdk } from "../../lib/sdk"
import type { AdminLot } from "../../lib/types"

const PAGE = 20

/** Truy xuất nguồn gốc: every seller's lots with their chain verified on each load. */
const TracePage = () => {
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["trace-lots", q, page],
    queryFn: () =>
      sdk.client.fetch<{ lots: AdminLot[]; count: number }>("/admin/trace/lots", {
        query: { q: q || undefined, limit: PAGE, offset: page * PAGE },
      }),
  })
  return (
    <Container className="divide-y p-0">
      <PageHeader
        title="Truy xuất nguồn gốc"
        subtitle="Lô hàng của các cơ sở, với trạng thái chuỗi sự kiện (kiểm tra lại mỗi lần mở)."
        actions={
          <Input
            size="small"
            type="search"
            placeholder="Tìm mã lô, mã ngắn, GTIN"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setPage(0)
            }}
          />
        }
      />
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">Không tải được danh sách lô hàng.</Text>
      ) : isLoading ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Đang tải…</Text>
      ) : !data?.lots.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Chưa có lô hàng nào.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Mã lô</Table.HeaderCell>
                <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                <Table.HeaderCell>Cơ sở</Table.HeaderCell>
                <Table.HeaderCell>Ngày sản xuất</Table.HeaderCell>
                <Table.HeaderCell>Sự kiện</Table.HeaderCell>
                <Table.HeaderCell>Chuỗi</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.lots.map((lot) => (
                <Table.Row key={lot.id}>
                  <Table.Cell>
                    <Link to={`/trace/${lot.id}`} className="text-ui-fg-interactive">
                      {lot.code}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {lot.product.title ?? "—"}
                    {lot.variant.title ? ` · ${lot.variant.title}` : ""}
                  </Table.Cell>
                  <Table.Cell>{lot.seller.name ?? lot.seller.id}</Table.Cell>
                  <Table.Cell>{lot.produced_on}</Table.Cell>
                  <Table.Cell>{lot.event_count}</Table.Cell>
                  <Table.Cell>
                    <ChainBadge chain={lot.chain} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={data.count}
            pageSize={PAGE}
            pageIndex={page}
            pageCount={Math.max(1, Math.ceil(data.count / PAGE))}
            canPreviousPage={page > 0}
            canNextPage={(page + 1) * PAGE < data.count}
            previousPage={() => setPage((p) => p - 1)}
            nextPage={() => setPage((p) => p + 1)}
            translations={{ of: "/", results: "lô", pages: "trang", prev: "Trước", next: "Sau" }}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Truy xuất nguồn gốc", icon: MagnifierAlert })

export const handle = { breadcrumb: () => "Truy xuất nguồn gốc" }

export default TracePage
