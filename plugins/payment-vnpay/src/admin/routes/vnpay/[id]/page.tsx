import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { AttemptFields } from "../../../components/attempt-fields"
import { AttemptTimeline } from "../../../components/attempt-timeline"
import { ErrorState, LoadingState } from "../../../components/query-states"
import { AttemptStatusBadge } from "../../../components/status-badge"
import { formatVnd } from "../../../lib/format"
import { TEXT } from "../../../lib/labels"
import { statusOf, useVNPayAttempt } from "../../../lib/queries"

const VNPayAttemptPage = () => {
  const { id = "" } = useParams()
  const { data, isPending, isError, error, refetch } = useVNPayAttempt(id)
  const attempt = data?.vnpay_attempt

  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/vnpay" className="txt-small inline-flex items-center gap-x-1 text-ui-fg-subtle hover:text-ui-fg-base">
        <ArrowLeft />
        {TEXT.back}
      </Link>
      {isPending ? (
        <Container className="p-0">
          <LoadingState rows={8} />
        </Container>
      ) : isError ? (
        <Container className="p-0">
          {statusOf(error) === 404 ? (
            <ErrorState message={TEXT.notFound} detail={id} />
          ) : (
            <ErrorState message={TEXT.loadError} detail={error.message} onRetry={() => void refetch()} />
          )}
        </Container>
      ) : (
        attempt && (
          <>
            <Container className="divide-y p-0">
              <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
                <div className="flex flex-col gap-y-1">
                  <Heading level="h1">
                    {TEXT.detailTitle} <span className="font-mono">{attempt.txn_ref}</span>
                  </Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {formatVnd(attempt.amount)}
                  </Text>
                </div>
                <AttemptStatusBadge status={attempt.status} />
              </div>
              <AttemptFields attempt={attempt} />
            </Container>
            <Container className="divide-y p-0">
              <div className="px-6 py-4">
                <Heading level="h2">{TEXT.history}</Heading>
              </div>
              <AttemptTimeline events={attempt.events} />
            </Container>
          </>
        )
      )}
    </div>
  )
}

export const handle = {
  breadcrumb: () => TEXT.detailTitle,
}

export default VNPayAttemptPage
