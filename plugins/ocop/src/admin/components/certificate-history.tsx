import { Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import { EVENT_LABELS, labelOf, STATUS_LABELS, TEXT } from "../lib/labels"
import type { Certificate, CertificateEvent } from "../lib/types"
import { ActorName } from "./actor-name"
import { EmptyState } from "./query-states"
import { Section } from "./section"

/** Red for refusals and revocations, green for approvals, grey for the rest. */
function dotOf(event: CertificateEvent): string {
  if (event.action === "approved") return "bg-ui-tag-green-icon"
  if (event.action === "rejected" || event.action === "revoked") return "bg-ui-tag-red-icon"
  if (event.action === "warned") return "bg-ui-tag-orange-icon"
  return "bg-ui-tag-neutral-icon"
}

function EventItem({ event, seller, last }: { event: CertificateEvent; seller: Certificate["seller"]; last: boolean }) {
  const moved = event.from_status && event.to_status && event.from_status !== event.to_status
  return (
    <li className="relative flex gap-x-3 pb-4 last:pb-0">
      {!last && <span className="absolute top-4 bottom-0 left-[5px] w-px bg-ui-border-base" aria-hidden />}
      <span className={`mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full ${dotOf(event)}`} aria-hidden />
      <div className="flex min-w-0 flex-col gap-y-0.5">
        <Text size="small" weight="plus">
          {labelOf(EVENT_LABELS, event.action)}
          {moved && (
            <span className="ml-2 font-normal text-ui-fg-muted">
              {TEXT.history.transition(
                labelOf(STATUS_LABELS, event.from_status),
                labelOf(STATUS_LABELS, event.to_status)
              )}
            </span>
          )}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          <time dateTime={event.created_at}>{formatDateTime(event.created_at)}</time> {TEXT.history.by}{" "}
          <ActorName event={event} seller={seller} />
        </Text>
        {event.reason && (
          <Text size="small" className="mt-1 whitespace-pre-wrap break-words rounded-md bg-ui-bg-subtle px-2 py-1">
            {event.reason}
          </Text>
        )}
      </div>
    </li>
  )
}

/** The certificate's history as a timeline, oldest first: who did what, when, and why. */
export function CertificateHistory({ certificate }: { certificate: Certificate }) {
  const events = [...(certificate.events ?? [])].sort((a, b) => a.created_at.localeCompare(b.created_at))
  return (
    <Section title={TEXT.certificate.sections.history} count={events.length}>
      {events.length === 0 ? (
        <EmptyState message={TEXT.certificate.emptyHistory} />
      ) : (
        <ol className="px-6 py-4">
          {events.map((event, index) => (
            <EventItem key={event.id} event={event} seller={certificate.seller} last={index === events.length - 1} />
          ))}
        </ol>
      )}
    </Section>
  )
}
