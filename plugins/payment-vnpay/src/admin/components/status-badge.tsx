import { StatusBadge } from "@medusajs/ui"
import type { AttemptStatus } from "../../lib/attempt-status"
import { statusLabel } from "../lib/labels"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Red: a person must act; orange: money on its way back; green: settled. */
const COLORS: Record<AttemptStatus, BadgeColor> = {
  pending: "grey",
  failed: "grey",
  review: "red",
  paid: "blue",
  completed: "green",
  refunding: "orange",
  refunded: "green",
  refund_failed: "red",
}

export function AttemptStatusBadge({ status }: { status: AttemptStatus }) {
  return <StatusBadge color={COLORS[status] ?? "grey"}>{statusLabel(status)}</StatusBadge>
}
