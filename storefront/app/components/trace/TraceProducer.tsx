import { Link } from "react-router"
import { isMessageKey } from "~/lib/i18n"
import type { TracePageVM } from "~/lib/trace-types"
import { useT } from "~/lib/use-t"

/** Who made the lot, where, and their shop on Chợ Số. */
export function TraceProducer({ producer }: { producer: NonNullable<TracePageVM["producer"]> }) {
  const t = useT()
  const kindKey = producer.kind ? `producer.kind.${producer.kind}` : ""
  return (
    <section aria-labelledby="trace-producer-title" className="product-section producer-card">
      <h2 id="trace-producer-title">{t("trace.producer.title")}</h2>
      <p className="producer-name">{producer.name}</p>
      {isMessageKey(kindKey) ? <p className="muted">{t(kindKey)}</p> : null}
      <dl className="details">
        {producer.address ? (
          <>
            <dt>{t("trace.producer.address")}</dt>
            <dd>{producer.address}</dd>
          </>
        ) : null}
        {producer.phone ? (
          <>
            <dt>{t("trace.producer.phone")}</dt>
            <dd>
              <a href={`tel:${producer.phone.replace(/[^\d+]/g, "")}`}>{producer.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="trace-shop-link">
        <Link to={`/cua-hang/${encodeURIComponent(producer.handle)}`}>{t("trace.producer.shop")}</Link>
      </p>
    </section>
  )
}
