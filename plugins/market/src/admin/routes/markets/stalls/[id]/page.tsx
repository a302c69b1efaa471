import { Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../../components/back-link"
import { AccountBadge, StallStatusBadge } from "../../../../components/badges"
import { PageHeader } from "../../../../components/page-header"
import { PaymentRequestsTable } from "../../../../components/payment-requests-table"
import { QueryContent } from "../../../../components/query-content"
import { EmptyState } from "../../../../components/query-states"
import { Section } from "../../../../components/section"
import { StallFields } from "../../../../components/stall-fields"
import { StallForm } from "../../../../components/stall-form"
import { StallPaymentNotice } from "../../../../components/stall-payment-notice"
import { StallStatusActions } from "../../../../components/stall-status-actions"
import { TransfersTable } from "../../../../components/transfers-table"
import { VerifyAccountButton } from "../../../../components/verify-account"
import { TEXT } from "../../../../lib/labels"
import { MARKETS_PATH, marketPath } from "../../../../lib/paths"
import { useStall } from "../../../../lib/queries"
import type { StallDetailResponse } from "../../../../lib/types"

const S = TEXT.stall

function StallView({ data }: { data: StallDetailResponse }) {
  const { stall, requests, reviews } = data
  const [editing, setEditing] = useState(false)
  return (
    <>
      <Container className="divide-y p-0">
        <PageHeader
          title={stall.display_name}
          badges={
            <>
              <StallStatusBadge status={stall.status} />
              <AccountBadge verified={!!stall.account_verified_at} />
            </>
          }
          subtitle={[stall.code, `${S.fields.number} ${stall.number}`, stall.market?.name].filter(Boolean).join(" · ")}
          actions={
            <>
              <VerifyAccountButton stall={stall} />
              <StallStatusActions stall={stall} />
              <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
                {TEXT.edit}
              </Button>
            </>
          }
        />
        <StallPaymentNotice stall={stall} />
        <StallFields stall={stall} />
      </Container>
      <Section title={S.sections.reviews} count={reviews.length}>
        {reviews.length === 0 ? (
          <EmptyState message={S.emptyReviews} />
        ) : (
          <div className="overflow-x-auto">
            <TransfersTable transfers={reviews} />
          </div>
        )}
      </Section>
      <Section title={S.sections.requests} count={requests.length}>
        {requests.length === 0 ? (
          <EmptyState message={S.emptyRequests} />
        ) : (
          <div className="overflow-x-auto">
            <PaymentRequestsTable requests={requests} />
          </div>
        )}
      </Section>
      {editing && (
        <StallForm
          marketId={stall.market?.id ?? stall.market_id ?? ""}
          stall={stall}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  )
}

const StallPage = () => {
  const { id = "" } = useParams()
  const query = useStall(id)
  const market = query.data?.stall.market
  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to={market ? marketPath(market.id) : MARKETS_PATH} label={market ? market.name : TEXT.market.back} />
      <QueryContent query={query} rows={8} framed notFound={{ message: S.notFound, detail: id }}>
        {(data) => <StallView data={data} />}
      </QueryContent>
    </div>
  )
}

export const handle = {
  breadcrumb: () => S.title,
}

export default StallPage
