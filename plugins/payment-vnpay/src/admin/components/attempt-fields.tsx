import { Copy, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDateTime, formatVnd } from "../lib/format"
import {
  BANK_CODE_LABELS,
  FIELD_LABELS,
  labelOf,
  PURPOSE_LABELS,
  REASON_LABELS,
  REFUND_STATUS_LABELS,
  SOURCE_LABELS,
  TEXT,
} from "../lib/labels"
import type { AttemptField, VNPayAttemptDetail } from "../lib/types"
import { OrderLink } from "./order-link"
import { AttemptStatusBadge } from "./status-badge"

/** Every column of the attempt, grouped as an operator reads them. */
const SECTIONS: { title: string; fields: AttemptField[] }[] = [
  {
    title: TEXT.sections.payment,
    fields: [
      "status",
      "reason",
      "amount",
      "txn_ref",
      "transaction_no",
      "bank_code",
      "paid_bank_code",
      "pay_date",
      "response_code",
      "transaction_status",
      "source",
      "outcome_at",
    ],
  },
  {
    title: TEXT.sections.order,
    fields: ["purpose", "resource_id", "payment_session_id", "order_id", "completion_tries", "last_error"],
  },
  {
    title: TEXT.sections.refund,
    fields: ["refund_status", "refund_requested_at", "refund_transaction_no", "refunded_at"],
  },
  {
    title: TEXT.sections.technical,
    fields: [
      "id",
      "create_date",
      "expires_at",
      "locale",
      "ip",
      "order_info",
      "payment_url",
      "created_at",
      "updated_at",
    ],
  },
]

const COPYABLE: AttemptField[] = [
  "id",
  "txn_ref",
  "transaction_no",
  "resource_id",
  "payment_session_id",
  "refund_transaction_no",
]
const DATES: AttemptField[] = [
  "pay_date",
  "outcome_at",
  "refund_requested_at",
  "refunded_at",
  "expires_at",
  "created_at",
  "updated_at",
]

function displayValue(field: AttemptField, attempt: VNPayAttemptDetail): ReactNode {
  const value = attempt[field]
  switch (field) {
    case "status":
      return <AttemptStatusBadge status={attempt.status} />
    case "amount":
      return formatVnd(attempt.amount)
    case "reason":
      return labelOf(REASON_LABELS, attempt.reason)
    case "order_id":
      return <OrderLink orderId={attempt.order_id} />
    case "purpose":
      return labelOf(PURPOSE_LABELS, attempt.purpose)
    case "source":
      return labelOf(SOURCE_LABELS, attempt.source)
    case "bank_code":
      return labelOf(BANK_CODE_LABELS, attempt.bank_code)
    case "refund_status":
      return attempt.refund_status
        ? `${labelOf(REFUND_STATUS_LABELS, attempt.refund_status)} (${attempt.refund_status})`
        : TEXT.none
  }
  if (DATES.includes(field)) return formatDateTime(value as string | null)
  if (value === null || value === undefined || value === "") return TEXT.none
  const text = String(value)
  if (!COPYABLE.includes(field)) return <span className="break-all">{text}</span>
  return (
    <span className="inline-flex items-center gap-x-1">
      <span className="break-all font-mono">{text}</span>
      <Copy content={text} className="text-ui-fg-muted" />
    </span>
  )
}

export function AttemptFields({ attempt }: { attempt: VNPayAttemptDetail }) {
  return (
    <>
      {SECTIONS.map((section) => (
        <div key={section.title} className="px-6 py-4">
          <Heading level="h3" className="mb-2">
            {section.title}
          </Heading>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[minmax(12rem,1fr)_2fr]">
            {section.fields.map((field) => (
              <div key={field} className="contents">
                <dt>
                  <Text size="small" className="text-ui-fg-subtle">
                    {FIELD_LABELS[field]}
                  </Text>
                </dt>
                <dd className="text-ui-fg-base txt-small">{displayValue(field, attempt)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  )
}
