import { Badge, Table } from "@medusajs/ui"
import { formatDate } from "../lib/format"
import { labelOf, ROLE_LABELS, TEXT } from "../lib/labels"
import type { SellerMember } from "../lib/types"
import { EmptyState } from "./query-states"

const M = TEXT.seller.members

/** The people who sign in for the seller: the owner first. */
export function SellerMembers({ members }: { members: SellerMember[] }) {
  if (members.length === 0) return <EmptyState message={M.empty} />
  const sorted = [...members].sort((a, b) => Number(b.role === "owner") - Number(a.role === "owner"))
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{M.name}</Table.HeaderCell>
            <Table.HeaderCell>{M.email}</Table.HeaderCell>
            <Table.HeaderCell>{M.role}</Table.HeaderCell>
            <Table.HeaderCell>{M.since}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sorted.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>{member.name}</Table.Cell>
              <Table.Cell>
                <a
                  href={`mailto:${member.email}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {member.email}
                </a>
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={member.role === "owner" ? "blue" : "grey"}>
                  {labelOf(ROLE_LABELS, member.role)}
                </Badge>
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatDate(member.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
