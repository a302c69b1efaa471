import { Button } from "@medusajs/ui"
import { useState } from "react"
import { TEXT } from "../lib/labels"
import type { Certificate, ReviewAction } from "../lib/types"
import { ReviewDialog } from "./review-dialog"

/** A submitted certificate is approved or rejected; an approved one may be revoked; the others are decided. */
function actionsFor(certificate: Certificate): ReviewAction[] {
  if (certificate.status === "submitted") return ["reject", "approve"]
  if (certificate.status === "approved") return ["revoke"]
  return []
}

/** "Từ chối", "Duyệt" or "Thu hồi", each with its dialog. */
export function ReviewActions({ certificate }: { certificate: Certificate }) {
  const [active, setActive] = useState<ReviewAction | null>(null)
  // The dialog stays while open even if a refetch moves the status (its refusal is still to be read).
  return (
    <>
      {actionsFor(certificate).map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === "approve" ? "primary" : action === "revoke" ? "danger" : "secondary"}
          onClick={() => setActive(action)}
        >
          {TEXT.review[action]}
        </Button>
      ))}
      {active && <ReviewDialog action={active} certificate={certificate} onClose={() => setActive(null)} />}
    </>
  )
}
