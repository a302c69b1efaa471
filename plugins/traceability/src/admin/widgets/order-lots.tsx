import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { messageOf, type OrderLots, useAssignOrderLots, useOrderLots } from "./_order-lots/api"
import { LineLots } from "./_order-lots/line-lots"
import type { DraftRow } from "./_order-lots/lot-rows"
import { ErrorState, LoadingState, SaveError } from "./_order-lots/states"
import { TEXT } from "./_order-lots/text"

type Drafts = Record<string, DraftRow[]>

/** Names the widget's region (one per order page), so assistive tech and tests can find it. */
const TITLE_ID = "choso-order-lots-title"

/** Lines without lots start as their FEFO suggestion; lines with lots are shown until "Sửa". */
function initialDrafts(data: OrderLots): Drafts {
  const drafts: Drafts = {}
  for (const line of data.lines) {
    if (line.allocations.length === 0 && line.candidates.length > 0) {
      drafts[line.line_item_id] = line.suggestion.map((s) => ({ lot_id: s.lot_id, quantity: String(s.quantity) }))
    }
  }
  return drafts
}

/** On Medusa's order page: which lot(s) each line received, assigned at fulfilment. */
const OrderLotsWidget = ({ data: order }: { data: { id: string } }) => {
  const query = useOrderLots(order.id)
  const assign = useAssignOrderLots(order.id)
  const [drafts, setDrafts] = useState<Drafts>({})

  useEffect(() => {
    if (query.data) setDrafts(initialDrafts(query.data))
  }, [query.data])

  // A refusal is about what was sent: once the operator changes the lots, it no longer applies.
  const edit = (update: (drafts: Drafts) => Drafts) => {
    if (assign.isError) assign.reset()
    setDrafts(update)
  }

  const save = () => {
    const lines = Object.entries(drafts).map(([line_item_id, rows]) => ({
      line_item_id,
      lots: rows.filter((r) => r.lot_id).map((r) => ({ lot_id: r.lot_id, quantity: Number(r.quantity) || 0 })),
    }))
    assign.mutate(lines, { onSuccess: () => toast.success(TEXT.saved) })
  }

  const editing = Object.keys(drafts).length > 0
  return (
    <Container className="divide-y p-0" role="region" aria-labelledby={TITLE_ID}>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2" id={TITLE_ID}>
          {TEXT.title}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {TEXT.subtitle}
        </Text>
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState detail={messageOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data.lines.length === 0 ? (
        <div className="px-6 py-10 text-center">
          <Text size="small" className="text-ui-fg-muted">
            {TEXT.noLines}
          </Text>
        </div>
      ) : (
        query.data.lines.map((line) => (
          <LineLots
            key={line.line_item_id}
            line={line}
            draft={drafts[line.line_item_id]}
            storefrontUrl={query.data.storefront_url ?? null}
            disabled={assign.isPending}
            onEdit={() =>
              edit((d) => ({
                ...d,
                [line.line_item_id]: (line.allocations.length ? line.allocations : line.suggestion).map((a) => ({
                  lot_id: a.lot_id,
                  quantity: String(a.quantity),
                })),
              }))
            }
            onCancel={() =>
              edit((d) => {
                const { [line.line_item_id]: _, ...rest } = d
                return rest
              })
            }
            onChange={(rows) => edit((d) => ({ ...d, [line.line_item_id]: rows }))}
          />
        ))
      )}
      {editing && query.data && (
        // Under the lines being edited: the backend's refusal, then Save.
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {assign.isError && <SaveError message={messageOf(assign.error)} />}
          <div className="flex items-center justify-end gap-x-3">
            {assign.isPending && (
              <Text size="small" className="text-ui-fg-subtle" role="status">
                {TEXT.saving}
              </Text>
            )}
            <Button size="small" onClick={save} isLoading={assign.isPending} disabled={assign.isPending}>
              {TEXT.save}
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderLotsWidget
