import { chainDetail, chainTitle, shortHash } from "~/lib/trace"
import type { ChainVM } from "~/lib/trace-types"
import { useLang, useT } from "~/lib/use-t"
import { Day } from "./TraceTime"

/**
 * The backend's verification of this read, stated plainly: intact with what was checked, or a
 * warning naming where and why the chain breaks (announced, above the lot's facts).
 */
export function TraceChainStatus({ chain }: { chain: ChainVM }) {
  const t = useT()
  const lang = useLang()
  const kind = chain.status === "intact" ? "ok" : chain.status === "empty" ? "empty" : "broken"
  return (
    <section
      aria-labelledby="trace-chain-title"
      className={`trace-chain trace-chain-${kind}`}
      role={chain.status === "broken" ? "alert" : undefined}
    >
      <h2 id="trace-chain-title" className="trace-chain-title">
        <span aria-hidden="true" className="trace-chain-icon">
          {chain.status === "intact" ? "✓" : chain.status === "broken" ? "!" : "…"}
        </span>{" "}
        {chainTitle(t, chain)}
      </h2>
      <p>{chainDetail(t, lang, chain)}</p>
      {chain.status === "broken" ? <p className="trace-chain-advice">{t("trace.chain.broken_advice")}</p> : null}
      {chain.status === "intact" ? (
        <dl className="details small">
          <dt>{t("trace.chain.head_hash")}</dt>
          <dd>
            <code title={chain.headHash}>{shortHash(chain.headHash)}</code>
          </dd>
          {chain.keyId ? (
            <>
              <dt>{t("trace.chain.key_id")}</dt>
              <dd>
                <code>{chain.keyId}</code>
              </dd>
            </>
          ) : null}
          {chain.publishedDay ? (
            <>
              <dt>{t("trace.chain.published")}</dt>
              <dd>
                <Day day={chain.publishedDay} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  )
}
