import { Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import { EVENT_LABELS, labelOf, TEXT } from "../lib/labels"
import type { VNPayAttemptEvent } from "../lib/types"
import { EmptyState } from "./query-states"
import { AttemptStatusBadge } from "./status-badge"

/** The event's detail json, one key a line. */
function DetailList({ detail }: { detail: unknown }) {
  const entries =
    typeof detail === "object" && detail !== null && !Array.isArray(detail)
      ? Object.entries(detail).filter(([, value]) => value !== null && value !== undefined)
      : [["detail", detail] as const]
  if (entries.length === 0) return null
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="txt-compact-xsmall font-mono text-ui-fg-muted">{key}</dt>
          <dd className="txt-compact-xsmall break-all font-mono text-ui-fg-subtle">
            {typeof value === "string" ? value : JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** The attempt's history, oldest first (the API sorts it). */
export function AttemptTimeline({ events }: { events: VNPayAttemptEvent[] }) {
  if (events.length === 0) return <EmptyState message={TEXT.noHistory} />
  return (
    <ol className="flex flex-col px-6 py-4">
      {events.map((event, index) => (
        <li key={event.id} className="relative flex gap-x-3 pb-4 last:pb-0">
          <div className="flex flex-col items-center">
            <span className="mt-1.5 size-2 shrink-0 rounded-full bg-ui-fg-muted" />
            {index < events.length - 1 && <span className="mt-1 w-px flex-1 bg-ui-border-base" />}
          </div>
          <div className="flex min-w-0 flex-1 flex-col gap-y-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Text size="small" weight="plus">
                {labelOf(EVENT_LABELS, event.type)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(event.created_at)}
              </Text>
            </div>
            <div className="flex flex-wrap items-center gap-x-1">
              {event.from_status && (
                <>
                  <AttemptStatusBadge status={event.from_status} />
                  <span className="text-ui-fg-muted" aria-hidden>
                    →
                  </span>
                </>
              )}
              <AttemptStatusBadge status={event.to_status} />
            </div>
            {event.detail && <DetailList detail={event.detail} />}
          </div>
        </li>
      ))}
    </ol>
  )
}
