import { formatDay } from "~/lib/ocop"
import { type LotFactsVM, unitKey } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"

/** The lot's facts as a definition list. */
export function LotFacts({ lot }: { lot: LotFactsVM }) {
  const t = useT()
  const unit = unitKey(lot.unit)
  return (
    <dl className="details">
      <dt>{t("sellerTrace.lot.product")}</dt>
      <dd>
        {lot.product}
        {lot.variant ? <span className="muted"> — {lot.variant}</span> : null}
      </dd>
      <dt>{t("sellerTrace.lot.code")}</dt>
      <dd>{lot.code}</dd>
      <dt>{t("sellerTrace.lot.gtin")}</dt>
      <dd>
        {lot.gtin ?? t("sellerTrace.lot.no_gtin")}
        {lot.gtin && lot.gtinIllustrative ? (
          <span className="muted"> ({t("sellerTrace.lot.gtin_illustrative")})</span>
        ) : null}
      </dd>
      <dt>{t("sellerTrace.lot.produced_on")}</dt>
      <dd>{formatDay(lot.producedOn)}</dd>
      <dt>{t("sellerTrace.lot.expires_on")}</dt>
      <dd>{lot.expiresOn ? formatDay(lot.expiresOn) : t("sellerTrace.lot.no_expiry")}</dd>
      <dt>{t("sellerTrace.lot.quantity")}</dt>
      <dd>
        {lot.quantity} {unit ? t(unit) : lot.unit}
      </dd>
      {lot.place ? (
        <>
          <dt>{t("sellerTrace.lot.origin")}</dt>
          <dd>{lot.place}</dd>
        </>
      ) : null}
    </dl>
  )
}
