import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/query-states"
import { SellerActions } from "../../../components/seller-actions"
import { SellerDocuments } from "../../../components/seller-documents"
import { SellerFields } from "../../../components/seller-fields"
import { SellerHistory } from "../../../components/seller-history"
import { SellerMembers } from "../../../components/seller-members"
import { SellerStatusBadge } from "../../../components/status-badge"
import { formatDateTime } from "../../../lib/format"
import { KIND_LABELS, labelOf, TEXT } from "../../../lib/labels"
import { statusOf, useSeller } from "../../../lib/queries"
import type { SellerDetail } from "../../../lib/types"

const S = TEXT.seller

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {count !== undefined && (
          <Text size="small" className="text-ui-fg-muted">
            ({count})
          </Text>
        )}
      </div>
      {children}
    </Container>
  )
}

/** Name, status, the reason the seller reads, and the actions the status allows. */
function SellerHeader({ seller }: { seller: SellerDetail }) {
  const showReason = seller.status_reason && (seller.status === "rejected" || seller.status === "suspended")
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1" className="break-words">
              {seller.name}
            </Heading>
            <SellerStatusBadge status={seller.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {labelOf(KIND_LABELS, seller.kind)} · {S.registeredAt} {formatDateTime(seller.created_at)} ·{" "}
            {S.productCount}: {seller.product_count ?? TEXT.none}
          </Text>
        </div>
        <SellerActions seller={seller} />
      </div>
      {showReason && (
        <div className="rounded-md border border-ui-border-base bg-ui-bg-subtle px-3 py-2">
          <Text size="small" className="whitespace-pre-wrap break-words">
            <span className="text-ui-fg-muted">{S.currentReason}: </span>
            {seller.status_reason}
          </Text>
        </div>
      )}
      {seller.status === "rejected" && (
        <Text size="small" className="text-ui-fg-muted">
          {S.rejectedNote}
        </Text>
      )}
    </div>
  )
}

const SellerPage = () => {
  const { id = "" } = useParams()
  const { data, isPending, isError, error, refetch } = useSeller(id)
  const seller = data?.seller

  return (
    <div className="flex flex-col gap-y-3">
      <Link
        to="/sellers"
        className="txt-small inline-flex items-center gap-x-1 text-ui-fg-subtle hover:text-ui-fg-base"
      >
        <ArrowLeft />
        {S.back}
      </Link>
      {isPending ? (
        <Container className="p-0">
          <LoadingState rows={8} />
        </Container>
      ) : isError ? (
        <Container className="p-0">
          {statusOf(error) === 404 ? (
            <ErrorState message={S.notFound} detail={id} />
          ) : (
            <ErrorState message={TEXT.loadError} detail={error.message} onRetry={() => void refetch()} />
          )}
        </Container>
      ) : (
        seller && (
          <>
            <Container className="divide-y p-0">
              <SellerHeader seller={seller} />
              <SellerFields seller={seller} />
            </Container>
            <Section title={S.sections.documents} count={seller.documents?.length ?? 0}>
              <SellerDocuments sellerId={seller.id} fileBaseName={seller.handle} documents={seller.documents ?? []} />
            </Section>
            <Section title={S.sections.members} count={seller.members?.length ?? 0}>
              <SellerMembers members={seller.members ?? []} />
            </Section>
            <Section title={S.sections.history}>
              <SellerHistory events={seller.status_events ?? []} />
            </Section>
          </>
        )
      )}
    </div>
  )
}

export const handle = {
  breadcrumb: () => S.title,
}

export default SellerPage
