import { ArrowDownTray, ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { openSellerDocument, opensInline } from "../lib/documents"
import { formatBytes, formatDateTime } from "../lib/format"
import { DOCUMENT_KIND_LABELS, labelOf, TEXT } from "../lib/labels"
import { messageOf } from "../lib/queries"
import type { SellerDocument } from "../lib/types"
import { EmptyState } from "./query-states"

const D = TEXT.seller.documents

/** The seller's private documents; each opens (or downloads) with the operator's session. */
export function SellerDocuments({
  sellerId,
  fileBaseName,
  documents,
}: {
  sellerId: string
  /** The start of a downloaded file's name (the seller's handle). */
  fileBaseName: string
  documents: SellerDocument[]
}) {
  const [opening, setOpening] = useState<string | null>(null)
  if (documents.length === 0) return <EmptyState message={D.empty} />

  const open = (doc: SellerDocument) => {
    setOpening(doc.id)
    openSellerDocument(sellerId, doc, fileBaseName)
      .catch((error: unknown) => toast.error(D.openFailed, { description: messageOf(error) }))
      .finally(() => setOpening(null))
  }

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{D.kind}</Table.HeaderCell>
            <Table.HeaderCell>{D.mime}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{D.size}</Table.HeaderCell>
            <Table.HeaderCell>{D.uploadedAt}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {documents.map((doc) => {
            const inline = opensInline(doc.mime_type)
            return (
              <Table.Row key={doc.id}>
                <Table.Cell>{labelOf(DOCUMENT_KIND_LABELS, doc.kind)}</Table.Cell>
                <Table.Cell className="font-mono text-ui-fg-subtle">{doc.mime_type}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{formatBytes(doc.size)}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{formatDateTime(doc.created_at)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={opening === doc.id}
                    disabled={opening !== null && opening !== doc.id}
                    title={inline ? undefined : D.notInline}
                    onClick={() => open(doc)}
                  >
                    {inline ? <ArrowUpRightOnBox /> : <ArrowDownTray />}
                    {inline ? D.open : D.download}
                  </Button>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
