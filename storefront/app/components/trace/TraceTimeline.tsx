import { CORRECTION_KEYS, quantityText, stepKey } from "~/lib/trace"
import type { TraceEventVM } from "~/lib/trace-types"
import { useLang, useT } from "~/lib/use-t"
import { Moment } from "./TraceTime"

/**
 * The lot's events in record order; a corrected one is struck through, its correction follows;
 * the event where the chain breaks (`brokenSeq`) is marked.
 */
export function TraceTimeline({
  events,
  unit,
  brokenSeq = null,
}: {
  events: TraceEventVM[]
  unit: string
  brokenSeq?: number | null
}) {
  const t = useT()
  return (
    <section aria-labelledby="trace-timeline-title" className="product-section">
      <h2 id="trace-timeline-title">{t("trace.timeline.title")}</h2>
      {events.length === 0 ? (
        <p className="muted">{t("trace.timeline.empty")}</p>
      ) : (
        <ol className="trace-timeline">
          {events.map((event) => (
            <TraceEventItem key={event.id} event={event} unit={unit} broken={event.seq === brokenSeq} />
          ))}
        </ol>
      )}
    </section>
  )
}

function TraceEventItem({ event, unit, broken }: { event: TraceEventVM; unit: string; broken: boolean }) {
  const t = useT()
  const lang = useLang()
  const step = t(stepKey(event.step))
  const classes = [
    "trace-event",
    event.corrected ? "trace-event-corrected" : "",
    event.corrective ? "trace-event-corrective" : "",
    broken ? "trace-event-broken" : "",
  ]
  return (
    <li className={classes.filter(Boolean).join(" ")} id={`su-kien-${event.seq}`}>
      <h3 className="trace-event-title">
        {event.corrected ? <del>{step}</del> : step}{" "}
        <span className="muted small">{t("trace.event.seq", { seq: event.seq })}</span>
      </h3>
      {broken ? <p className="trace-event-flag trace-event-flag-broken">{t("trace.event.broken_here")}</p> : null}
      {event.corrected ? (
        <p className="trace-event-flag">
          <strong>{t(CORRECTION_KEYS[event.corrected.reason])}</strong> <Moment iso={event.corrected.at} />
        </p>
      ) : null}
      {event.corrective ? <p className="trace-event-flag trace-event-flag-new">{t("trace.event.corrective")}</p> : null}
      <div className={event.corrected ? "trace-event-body trace-struck" : "trace-event-body"}>
        <p className="trace-event-time">
          <Moment iso={event.time} />
        </p>
        <dl className="details small">
          {event.place ? (
            <>
              <dt>{t("trace.event.place")}</dt>
              <dd>{event.place}</dd>
            </>
          ) : null}
          {event.quantity !== null ? (
            <>
              <dt>{t("trace.event.quantity")}</dt>
              <dd>{quantityText(t, lang, event.quantity, event.unit ?? unit)}</dd>
            </>
          ) : null}
          {event.note ? (
            <>
              <dt>{t("trace.event.note")}</dt>
              <dd>{event.note}</dd>
            </>
          ) : null}
        </dl>
        {event.photos.length > 0 ? (
          <ul className="trace-photos" role="list">
            {event.photos.map((photo, index) => (
              <li key={photo.url}>
                <a href={photo.url}>
                  <img
                    src={photo.thumbnail}
                    alt={t("trace.event.photo", { n: index + 1, step })}
                    width={88}
                    height={88}
                    loading="lazy"
                    decoding="async"
                  />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  )
}
