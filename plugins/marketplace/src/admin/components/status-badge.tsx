import { StatusBadge } from "@medusajs/ui"
import type { SellerStatus } from "../../lib/seller-codes"
import { labelOf, STATUS_LABELS } from "../lib/labels"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Orange: waiting for the operator; green: selling; red: stopped by the operator. */
const COLORS: Record<SellerStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "grey",
  suspended: "red",
}

export function SellerStatusBadge({ status }: { status: SellerStatus }) {
  return <StatusBadge color={COLORS[status] ?? "grey"}>{labelOf(STATUS_LABELS, status)}</StatusBadge>
}
