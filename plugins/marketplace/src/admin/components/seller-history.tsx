import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime } from "../lib/format"
import { ACTOR_LABELS, labelOf, TEXT } from "../lib/labels"
import type { SellerStatusEvent } from "../lib/types"
import { EmptyState } from "./query-states"
import { SellerStatusBadge } from "./status-badge"

const H = TEXT.seller.history

/** Who made the change; an operator links to their page in Medusa's settings. */
function Actor({ event }: { event: SellerStatusEvent }) {
  const who = labelOf(ACTOR_LABELS, event.actor_type)
  if (!event.actor_id) return <>{who}</>
  if (event.actor_type === "user") {
    return (
      <Link
        to={`/settings/users/${event.actor_id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        title={event.actor_id}
      >
        {who}
      </Link>
    )
  }
  return (
    <>
      {who} <span className="font-mono text-ui-fg-muted">{event.actor_id}</span>
    </>
  )
}

/** Every status change, oldest first (the API sorts them; sorted again here to be sure). */
export function SellerHistory({ events }: { events: SellerStatusEvent[] }) {
  if (events.length === 0) return <EmptyState message={H.empty} />
  const sorted = [...events].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
  return (
    <ol className="flex flex-col px-6 py-4">
      {sorted.map((event, index) => (
        <li key={event.id} className="relative flex gap-x-3 pb-4 last:pb-0">
          <div className="flex flex-col items-center">
            <span className="mt-1.5 size-2 shrink-0 rounded-full bg-ui-fg-muted" />
            {index < sorted.length - 1 && <span className="mt-1 w-px flex-1 bg-ui-border-base" />}
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-y-1">
            <div className="flex flex-wrap items-center gap-x-1">
              {event.from_status ? (
                <>
                  <SellerStatusBadge status={event.from_status} />
                  <span className="text-ui-fg-muted" aria-hidden>
                    →
                  </span>
                </>
              ) : (
                <Text size="small" weight="plus" className="mr-1">
                  {H.registered}
                </Text>
              )}
              <SellerStatusBadge status={event.to_status} />
            </div>
            <Text size="xsmall" className="text-ui-fg-muted">
              {formatDateTime(event.created_at)} · {H.by} <Actor event={event} />
            </Text>
            {event.reason && (
              <Text size="small" className="whitespace-pre-wrap break-words text-ui-fg-subtle">
                <span className="text-ui-fg-muted">{H.reason}: </span>
                {event.reason}
              </Text>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
