import { unitOfUom } from "@choso/trace-rules"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import { ChainBadge } from "../../../components/chain-badge"
import { PageHeader } from "../../../components/page-header"
import { formatTime, STEP_LABELS } from "../../../lib/labels"
import { sdk } from "../../../lib/sdk"
import type { AdminLot, Chain, TraceEvent } from "../../../lib/types"

/** A lot and its timeline: every entry in chain order, corrections included. */
const LotPage = () => {
  const { id } = useParams()
  const { data, isLoading, error } = useQuery({
    queryKey: ["trace-lot", id],
    queryFn: () => sdk.client.fetch<{ lot: AdminLot; events: TraceEvent[]; chain: Chain }>(`/admin/trace/lots/${id}`),
  })
  if (error) return <Text className="text-ui-fg-error">Không tải được lô hàng này.</Text>
  if (isLoading || !data) return <Text className="text-ui-fg-subtle">Đang tải…</Text>
  const { lot, events, chain } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <PageHeader
          title={`Lô ${lot.code}`}
          badges={<ChainBadge chain={chain} />}
          subtitle={`${lot.product.title ?? ""}${lot.variant.title ? ` · ${lot.variant.title}` : ""} — ${
            lot.seller.name ?? lot.seller.id
          }`}
        />
        <div className="grid grid-cols-2 gap-3 px-6 py-4 text-ui-fg-subtle">
          <Text size="small">GTIN: {lot.gtin ?? "—"}</Text>
          <Text size="small">Mã ngắn: {lot.short_code}</Text>
          <Text size="small">Ngày sản xuất: {lot.produced_on}</Text>
          <Text size="small">Hạn sử dụng: {lot.expires_on ?? "—"}</Text>
          <Text size="small">
            Số lượng: {lot.quantity} {lot.unit}
          </Text>
          <Text size="small">
            Công bố gần nhất: {chain.published ? `${chain.published.day} (#${chain.published.seq})` : "chưa có"}
          </Text>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Dòng thời gian</Heading>
        </div>
        {!events.length && <Text className="px-6 py-4 text-ui-fg-subtle">Chưa có sự kiện nào.</Text>}
        {events.map((event) => (
          <div key={event.id} className="flex flex-col gap-y-1 px-6 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <Text weight="plus">
                #{event.seq} {event.step ? (STEP_LABELS[event.step] ?? event.step) : event.type}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {formatTime(event.event_time)}
              </Text>
              {event.error_declaration && <StatusBadge color="orange">Đính chính</StatusBadge>}
              {event.corrected && <StatusBadge color="grey">Đã được đính chính</StatusBadge>}
              {chain.broken?.seq === event.seq && <StatusBadge color="red">Chuỗi đứt tại đây</StatusBadge>}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {[
                event.place_name,
                event.quantity
                  ? `${event.quantity.value} ${event.quantity.uom ? (unitOfUom(event.quantity.uom) ?? event.quantity.uom) : lot.unit}`
                  : null,
                event.note,
                `nguồn: ${event.source}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
            {event.photos.length > 0 && (
              <div className="flex gap-2">
                {event.photos.map((photo) => (
                  <a
                    key={photo.sha256}
                    href={photo.url}
                    target="_blank"
                    rel="noreferrer"
                    title={`SHA-256 ${photo.sha256}`}
                  >
                    <img src={photo.thumbnail_url ?? photo.url} alt="" className="h-16 w-16 rounded object-cover" />
                  </a>
                ))}
              </div>
            )}
            <Text size="xsmall" className="font-mono text-ui-fg-muted">
              {event.hash}
            </Text>
          </div>
        ))}
      </Container>
    </div>
  )
}

export const handle = { breadcrumb: () => "Lô hàng" }

export default LotPage
