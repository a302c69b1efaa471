import { Text } from "@medusajs/ui"
import { formatSize } from "../lib/format"
import { TEXT } from "../lib/labels"
import { documentUrl } from "../lib/paths"
import { useCertificateDocument } from "../lib/queries"
import type { Certificate } from "../lib/types"
import { useObjectUrl } from "../lib/use-object-url"
import { ExternalLink } from "./links"
import { QueryContent } from "./query-content"
import { Section } from "./section"

const D = TEXT.document

const isPdf = (mimeType: string) => mimeType === "application/pdf"

/** The file itself: the browser's PDF viewer, or the photo at full width. */
function DocumentView({ blob, certificate }: { blob: Blob; certificate: Certificate }) {
  const url = useObjectUrl(blob)
  if (!url) return null
  if (isPdf(certificate.document.mime_type)) {
    return (
      <object data={url} type="application/pdf" title={D.frameTitle} className="block h-[75vh] w-full">
        <div className="flex flex-col items-center gap-y-2 px-6 py-10">
          <Text size="small" className="text-ui-fg-subtle">
            {D.noPreview}
          </Text>
          <ExternalLink href={documentUrl(certificate.id)}>{D.open}</ExternalLink>
        </div>
      </object>
    )
  }
  return (
    <div className="max-h-[75vh] overflow-auto bg-ui-bg-subtle">
      <img src={url} alt={D.imageAlt} className="mx-auto block h-auto max-w-full" />
    </div>
  )
}

/**
 * The certificate's document shown inline, so the reviewer reads it beside the fields, with a link
 * that opens it in a new tab (the admin's session cookie authorizes it there too).
 */
export function CertificateDocument({ certificate }: { certificate: Certificate }) {
  const query = useCertificateDocument(certificate.id, certificate.document.mime_type)
  const kind = isPdf(certificate.document.mime_type) ? D.kinds.pdf : D.kinds.image
  return (
    <Section
      title={TEXT.certificate.sections.document}
      actions={
        <div className="flex items-center gap-x-3">
          <Text size="xsmall" className="text-ui-fg-muted">
            {kind} · {formatSize(certificate.document.size)}
          </Text>
          <ExternalLink href={documentUrl(certificate.id)}>{D.open}</ExternalLink>
        </div>
      }
    >
      <QueryContent query={query} rows={10}>
        {(blob) => <DocumentView blob={blob} certificate={certificate} />}
      </QueryContent>
    </Section>
  )
}
