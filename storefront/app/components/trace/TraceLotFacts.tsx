import { quantityText, shelfLifeText } from "~/lib/trace"
import type { TracePageVM } from "~/lib/trace-types"
import { useLang, useT } from "~/lib/use-t"
import { Day } from "./TraceTime"

/** The lot's facts Circular 02/2024 asks a consumer page for: codes, dates, shelf life, origin. */
export function TraceLotFacts({ lot, shelfLife }: Pick<TracePageVM, "lot" | "shelfLife">) {
  const t = useT()
  const lang = useLang()
  const expired = shelfLife.kind === "expired" || shelfLife.kind === "today"
  const origin = [lot.origin.place, lot.origin.ward, lot.origin.province].filter(Boolean).join(", ")
  return (
    <section aria-labelledby="trace-facts-title" className="product-section">
      <h2 id="trace-facts-title">{t("trace.facts")}</h2>
      <dl className="details trace-facts">
        <dt>{t("trace.lot_code")}</dt>
        <dd>
          <strong className="trace-code">{lot.code}</strong>
        </dd>
        <dt>{t("trace.trace_code")}</dt>
        <dd>
          {lot.gtin ? (
            <>
              {t("trace.gtin")} <span className="trace-code">{lot.gtin}</span>
              {lot.gtinIllustrative ? <> ({t("trace.gtin_illustrative")})</> : null}
              <br />
            </>
          ) : null}
          {t("trace.short_code")} <span className="trace-code">{lot.shortCode}</span>
          {lot.gtinIllustrative ? (
            <span className="muted small trace-note">{t("trace.gtin_illustrative_note")}</span>
          ) : null}
        </dd>
        <dt>{t("trace.produced_on")}</dt>
        <dd>
          <Day day={lot.producedOn} />
        </dd>
        <dt>{t("trace.expires_on")}</dt>
        <dd>
          {lot.expiresOn ? (
            <>
              <Day day={lot.expiresOn} />{" "}
            </>
          ) : null}
          <span className={expired ? "trace-expired" : "muted"}>{shelfLifeText(t, shelfLife)}</span>
        </dd>
        {shelfLife.kind !== "none" && shelfLife.totalDays ? (
          <>
            <dt>{t("trace.shelf.title")}</dt>
            <dd>{t("trace.shelf.days", { days: shelfLife.totalDays })}</dd>
          </>
        ) : null}
        <dt>{t("trace.lot_quantity")}</dt>
        <dd>{quantityText(t, lang, lot.quantity, lot.unit)}</dd>
        <dt>{t("trace.origin")}</dt>
        <dd>{origin}</dd>
      </dl>
    </section>
  )
}
