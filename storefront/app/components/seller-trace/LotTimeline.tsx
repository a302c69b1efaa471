import { formatDate } from "~/lib/format"
import { isCorrectionReason } from "~/lib/seller-trace-form"
import { type EventVM, REASON_KEYS, stepKey } from "~/lib/seller-trace-view"
import { useLang, useT } from "~/lib/use-t"
import { CorrectionForm } from "./CorrectionForm"

interface Props {
  lotId: string
  events: EventVM[]
  /** The entry whose correction was refused, and why. */
  correctionError?: { entryId: string; message: string }
}

/** The lot's recorded steps, oldest first, as the chain holds them (declarations included). */
export function LotTimeline({ lotId, events, correctionError }: Props) {
  const t = useT()
  const lang = useLang()
  if (!events.length) {
    return <p className="muted">{t("sellerTrace.timeline.none")}</p>
  }
  return (
    <ol className="trace-timeline" role="list">
      {events.map((event) => {
        const titleId = `event-${event.id}`
        return (
          <li
            key={event.id}
            className={event.corrected ? "trace-event trace-event-corrected" : "trace-event"}
            aria-labelledby={titleId}
          >
            <h3 id={titleId} className="trace-event-title">
              {event.declaration
                ? t("sellerTrace.timeline.declaration", { step: t(stepKey(event.step)) })
                : t(stepKey(event.step))}
              {event.corrected ? (
                <span className="status-badge status-badge-off">{t("sellerTrace.timeline.corrected")}</span>
              ) : null}
              {event.source === "capture" ? (
                <span className="status-badge">{t("sellerTrace.timeline.captured")}</span>
              ) : null}
            </h3>
            <p className="trace-event-time">
              <time dateTime={event.time}>{formatDate(lang, event.time)}</time>
              <span className="muted small"> · #{event.seq}</span>
            </p>
            {event.declaration ? (
              <p>
                {isCorrectionReason(event.declaration.reason)
                  ? t(REASON_KEYS[event.declaration.reason])
                  : event.declaration.reason}
              </p>
            ) : null}
            {event.place ? <p>{t("sellerTrace.timeline.place", { place: event.place })}</p> : null}
            {event.quantity ? <p>{t("sellerTrace.timeline.quantity", { quantity: event.quantity })}</p> : null}
            {event.inputs.length ? (
              <p>{t("sellerTrace.timeline.inputs", { lots: event.inputs.map((input) => input.code).join(", ") })}</p>
            ) : null}
            {event.note ? <p className="trace-event-note">{event.note}</p> : null}
            {event.photos.length ? (
              <ul className="trace-photos" role="list">
                {event.photos.map((photo, index) => (
                  <li key={photo.url}>
                    <a href={photo.url} target="_blank" rel="noopener noreferrer">
                      <img
                        src={photo.thumbnail}
                        alt={t("sellerTrace.timeline.photo_alt", { n: index + 1 })}
                        width={96}
                        height={96}
                        loading="lazy"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {!event.declaration && !event.corrected ? (
              <CorrectionForm
                lotId={lotId}
                entryId={event.id}
                error={correctionError?.entryId === event.id ? correctionError.message : undefined}
              />
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
