import type { ChainDTO } from "~/lib/seller-trace-types"
import { CHAIN_KEYS } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"

const CLASSES: Record<ChainDTO["status"], string> = {
  intact: "status-badge status-badge-on",
  broken: "status-badge status-badge-off",
  empty: "status-badge",
}

/** The chain's state as a chip: intact, broken or empty. */
export function ChainBadge({ status }: { status: ChainDTO["status"] }) {
  const t = useT()
  return <span className={CLASSES[status]}>{t(CHAIN_KEYS[status])}</span>
}
