import type { PaymentRequestStatus, StallStatus, TransferOutcome } from "@choso/market-rules"
import { Badge, StatusBadge } from "@medusajs/ui"
import {
  labelOf,
  OUTCOME_LABELS,
  RAIL_LABELS,
  REASON_LABELS,
  REQUEST_STATUS_LABELS,
  STALL_STATUS_LABELS,
  TEXT,
} from "../lib/labels"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Orange: waiting for the operator; green: selling; red: stopped by the operator. */
const STALL_COLORS: Record<StallStatus, BadgeColor> = {
  pending: "orange",
  active: "green",
  suspended: "red",
}

const REQUEST_COLORS: Record<PaymentRequestStatus, BadgeColor> = {
  pending: "blue",
  paid: "green",
  expired: "grey",
  cancelled: "grey",
  needs_review: "orange",
}

const OUTCOME_COLORS: Record<TransferOutcome, BadgeColor> = {
  paid: "green",
  needs_review: "orange",
  ignored: "grey",
}

export function StallStatusBadge({ status }: { status: StallStatus }) {
  return <StatusBadge color={STALL_COLORS[status] ?? "grey"}>{labelOf(STALL_STATUS_LABELS, status)}</StatusBadge>
}

/** Whether the operator checked the stall's bank account holder. */
export function AccountBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <StatusBadge color="green">{TEXT.verify.verified}</StatusBadge>
  ) : (
    <StatusBadge color="orange">{TEXT.verify.unverified}</StatusBadge>
  )
}

export function RequestStatusBadge({ status }: { status: PaymentRequestStatus }) {
  return <StatusBadge color={REQUEST_COLORS[status] ?? "grey"}>{labelOf(REQUEST_STATUS_LABELS, status)}</StatusBadge>
}

/** A transfer not matched yet has no outcome: shown as not handled. */
export function OutcomeBadge({ outcome }: { outcome: TransferOutcome | null }) {
  if (!outcome) return <StatusBadge color="grey">{TEXT.transferColumns.unresolved}</StatusBadge>
  return <StatusBadge color={OUTCOME_COLORS[outcome] ?? "grey"}>{labelOf(OUTCOME_LABELS, outcome)}</StatusBadge>
}

export function ReasonBadge({ reason }: { reason: string | null }) {
  if (!reason) return <>{TEXT.none}</>
  return (
    <Badge size="2xsmall" color="orange">
      {labelOf(REASON_LABELS, reason)}
    </Badge>
  )
}

export function RailBadge({ rail }: { rail: string }) {
  return (
    <Badge size="2xsmall" color={rail === "vnpay" ? "blue" : "purple"}>
      {labelOf(RAIL_LABELS, rail)}
    </Badge>
  )
}

/** Seeded demo data, not a real market. */
export function IllustrationBadge() {
  return (
    <Badge size="2xsmall" color="grey">
      {TEXT.illustration}
    </Badge>
  )
}
