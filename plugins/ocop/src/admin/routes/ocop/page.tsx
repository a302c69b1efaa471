import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { CertificatesSection } from "../../components/certificates-section"
import { readChoice, readPage, STATUS_FILTERS } from "../../lib/filters"
import { TEXT } from "../../lib/labels"
import { useUrlParams } from "../../lib/use-url-params"

/** Chứng nhận OCOP: the review queue by status (?status, ?page), "Chờ duyệt" first. */
const OcopPage = () => {
  const [params, update] = useUrlParams()
  const status = readChoice(params, "status", STATUS_FILTERS)
  return (
    <div className="flex flex-col gap-y-3">
      <CertificatesSection
        status={status}
        page={readPage(params, "page")}
        onChange={(next) => update({ status: next.status ?? status, page: next.page })}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: TEXT.queue.menu,
  icon: BadgeCheck,
})

export const handle = {
  breadcrumb: () => TEXT.queue.menu,
}

export default OcopPage
