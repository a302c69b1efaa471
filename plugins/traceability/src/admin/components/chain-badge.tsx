import { StatusBadge } from "@medusajs/ui"
import { CHAIN_LABELS, REASON_LABELS } from "../lib/labels"
import type { Chain } from "../lib/types"

/** A chain's status as the operator reads it; a break names its place and reason. */
export function ChainBadge({ chain }: { chain: Chain | undefined }) {
  if (!chain) return null
  const label = CHAIN_LABELS[chain.status]
  const detail = chain.broken
    ? ` tại #${chain.broken.seq}: ${REASON_LABELS[chain.broken.reason] ?? chain.broken.reason}`
    : ""
  return <StatusBadge color={label.color}>{`${label.text}${detail}`}</StatusBadge>
}
