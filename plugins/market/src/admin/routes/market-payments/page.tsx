import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { IncomingTransfersSection } from "../../components/incoming-transfers-section"
import { PageHeader } from "../../components/page-header"
import { PaymentRequestsSection } from "../../components/payment-requests-section"
import { OUTCOME_FILTERS, REQUEST_FILTERS, readChoice, readPage } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { useUrlParams } from "../../lib/use-url-params"

/**
 * Giao dịch chợ: the stalls' payment requests (?status, ?page) and the bank transfers reported
 * for them (?outcome, ?transfer_page). Medusa nests custom routes only under its own, so this
 * has its own sidebar entry beside Chợ 4.0.
 */
const MarketPaymentsPage = () => {
  const [params, update] = useUrlParams()
  const status = readChoice(params, "status", REQUEST_FILTERS)
  const outcome = readChoice(params, "outcome", OUTCOME_FILTERS)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <PageHeader title={TEXT.payments.title} subtitle={TEXT.payments.subtitle} />
      </Container>
      <PaymentRequestsSection
        status={status}
        page={readPage(params, "page")}
        onChange={(next) => update({ status: next.status ?? status, page: next.page })}
      />
      <IncomingTransfersSection
        outcome={outcome}
        page={readPage(params, "transfer_page")}
        onChange={(next) => update({ outcome: next.outcome ?? outcome, transfer_page: next.page })}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: TEXT.payments.menu,
  icon: Cash,
})

export const handle = {
  breadcrumb: () => TEXT.payments.menu,
}

export default MarketPaymentsPage
