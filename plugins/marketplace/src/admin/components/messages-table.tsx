import { Badge, StatusBadge, Table, Text } from "@medusajs/ui"
import { formatDateTime } from "../lib/format"
import { CHANNEL_LABELS, labelOf, NOTIFICATION_STATUS_LABELS, TEXT } from "../lib/labels"
import type { SentNotification } from "../lib/types"
import { ExternalLink, LinkedText, safeHref } from "./linked-text"

const C = TEXT.messages.columns

function text(data: SentNotification["data"], key: string): string | null {
  const value = data?.[key]
  return typeof value === "string" && value.trim() ? value : null
}

function statusColor(status: string | undefined): "green" | "red" | "orange" | "grey" {
  if (status === "success") return "green"
  if (status === "failure") return "red"
  if (status === "pending") return "orange"
  return "grey"
}

/** One message a row: subject, its text with the link clickable, and the link again as a button. */
function Message({ notification }: { notification: SentNotification }) {
  const subject = text(notification.data, "subject")
  const body = text(notification.data, "text")
  const link = safeHref(notification.data?.link)
  return (
    <div className="flex min-w-[20rem] max-w-2xl flex-col gap-y-1 py-2">
      <Text size="small" weight="plus" className="break-words">
        {subject ?? TEXT.messages.noSubject}
      </Text>
      {body && (
        <Text size="small" className="text-ui-fg-subtle">
          <LinkedText text={body} />
        </Text>
      )}
      {link && (
        <Text size="small">
          <ExternalLink href={link}>{TEXT.messages.openLink} ↗</ExternalLink>
        </Text>
      )}
      {notification.template && (
        <Text size="xsmall" className="font-mono text-ui-fg-muted">
          {notification.template}
        </Text>
      )}
    </div>
  )
}

export function MessagesTable({ notifications }: { notifications: SentNotification[] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{C.time}</Table.HeaderCell>
          <Table.HeaderCell>{C.to}</Table.HeaderCell>
          <Table.HeaderCell>{C.message}</Table.HeaderCell>
          <Table.HeaderCell>{C.status}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {notifications.map((notification) => (
          <Table.Row key={notification.id} className="align-top [&_td]:align-top">
            <Table.Cell className="whitespace-nowrap py-3">{formatDateTime(notification.created_at)}</Table.Cell>
            <Table.Cell className="py-3">
              <div className="flex flex-col gap-y-1">
                <span className="break-all">{notification.to}</span>
                <Badge size="2xsmall" color="grey" className="w-fit">
                  {labelOf(CHANNEL_LABELS, notification.channel)}
                </Badge>
              </div>
            </Table.Cell>
            <Table.Cell>
              <Message notification={notification} />
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap py-3">
              {notification.status ? (
                <StatusBadge color={statusColor(notification.status)}>
                  {labelOf(NOTIFICATION_STATUS_LABELS, notification.status)}
                </StatusBadge>
              ) : (
                TEXT.none
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
