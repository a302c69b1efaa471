import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/back-link"
import { CertificateStatusBadge } from "../../../components/badges"
import { CertificateDocument } from "../../../components/certificate-document"
import { CertificateFields } from "../../../components/certificate-fields"
import { CertificateHistory } from "../../../components/certificate-history"
import { PageHeader } from "../../../components/page-header"
import { QueryContent } from "../../../components/query-content"
import { ReviewActions } from "../../../components/review-actions"
import { Stars } from "../../../components/stars"
import { TEXT } from "../../../lib/labels"
import { OCOP_PATH } from "../../../lib/paths"
import { useCertificate } from "../../../lib/queries"
import type { Certificate } from "../../../lib/types"

const C = TEXT.certificate

/** The document on the left, what it says and its history on the right (one column on a narrow screen). */
function CertificateView({ certificate }: { certificate: Certificate }) {
  const title = certificate.products.map((product) => product.title).join(", ") || C.title
  return (
    <>
      <Container className="p-0">
        <PageHeader
          title={title}
          badges={
            <>
              <CertificateStatusBadge status={certificate.status} />
              <Stars stars={certificate.stars} />
            </>
          }
          subtitle={[certificate.seller?.name, certificate.decision_number].filter(Boolean).join(" · ")}
          actions={<ReviewActions certificate={certificate} />}
        />
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-2">
        <div className="xl:sticky xl:top-3">
          <CertificateDocument certificate={certificate} />
        </div>
        <div className="flex min-w-0 flex-col gap-y-3">
          <CertificateFields certificate={certificate} />
          <CertificateHistory certificate={certificate} />
        </div>
      </div>
    </>
  )
}

const CertificatePage = () => {
  const { id = "" } = useParams()
  const query = useCertificate(id)
  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to={OCOP_PATH} label={C.back} />
      <QueryContent query={query} rows={8} framed notFound={{ message: C.notFound, detail: id }}>
        {(data) => <CertificateView certificate={data.certificate} />}
      </QueryContent>
    </div>
  )
}

export const handle = {
  breadcrumb: () => C.title,
}

export default CertificatePage
