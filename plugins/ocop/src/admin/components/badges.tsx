import type { CertificateStatus } from "@choso/ocop-rules"
import { Badge, StatusBadge } from "@medusajs/ui"
import { labelOf, STATUS_LABELS, TEXT } from "../lib/labels"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Orange: waiting for the operator; green: shown to shoppers; red: refused or taken away; grey: over. */
const STATUS_COLORS: Record<CertificateStatus, BadgeColor> = {
  draft: "grey",
  submitted: "orange",
  approved: "green",
  rejected: "red",
  expired: "grey",
  revoked: "red",
}

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{labelOf(STATUS_LABELS, status)}</StatusBadge>
}

/** An approved certificate's days left: orange within the 60-day warning, red once past. */
export function DaysLeftBadge({ days }: { days: number | null }) {
  if (days === null || days > 60) return null
  return (
    <Badge size="2xsmall" color={days < 0 ? "red" : "orange"}>
      {TEXT.certificate.daysLeft(days)}
    </Badge>
  )
}
