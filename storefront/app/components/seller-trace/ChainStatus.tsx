import { formatDay } from "~/lib/ocop"
import type { ChainDTO } from "~/lib/seller-trace-types"
import { chainReasonKey } from "~/lib/trace"
import { useT } from "~/lib/use-t"
import { Alert } from "../Alert"
import { ChainBadge } from "./ChainBadge"

/**
 * What the verification of the lot's hash chain found: intact (signed up to which entry, and
 * whether the day's digest has published it), broken (where), or empty.
 */
export function ChainStatus({ chain }: { chain: ChainDTO }) {
  const t = useT()
  if (chain.status === "broken") {
    return (
      <Alert kind="error">
        <p>
          <strong>{t("sellerTrace.chain.broken")}</strong>
        </p>
        {chain.broken ? (
          <p>
            {t("sellerTrace.chain.broken_at", {
              seq: chain.broken.seq ?? "?",
              reason: t(chainReasonKey(chain.broken.reason)),
            })}
          </p>
        ) : null}
        <p>{t("sellerTrace.chain.broken_help")}</p>
      </Alert>
    )
  }
  return (
    <div className="trace-chain">
      <p>
        <ChainBadge status={chain.status} />{" "}
        {chain.status === "intact"
          ? t("sellerTrace.chain.intact_detail", { count: chain.count, seq: chain.signed_at_seq ?? chain.count })
          : t("sellerTrace.chain.empty_detail")}
      </p>
      {chain.published ? (
        <p className="muted small">
          {t("sellerTrace.chain.published", { day: formatDay(chain.published.day), seq: chain.published.seq })}
        </p>
      ) : null}
    </div>
  )
}
