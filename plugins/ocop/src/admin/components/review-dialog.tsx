import { Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { formatDay } from "../lib/format"
import { TEXT } from "../lib/labels"
import { messageOf, useReviewCertificate } from "../lib/queries"
import type { Certificate, ReviewAction } from "../lib/types"
import { FormField } from "./form-field"
import { PromptForm } from "./prompt-form"

const R = TEXT.review

/** What each decision says; rejecting and revoking need a reason the seller will read. */
function wordingOf(action: ReviewAction, certificate: Certificate) {
  switch (action) {
    case "approve":
      return {
        title: R.approveTitle,
        description: R.approveDescription(certificate.stars, formatDay(certificate.valid_until)),
        danger: false,
        placeholder: null,
      }
    case "reject":
      return { title: R.rejectTitle, description: R.rejectDescription, danger: true, placeholder: R.rejectPlaceholder }
    case "revoke":
      return { title: R.revokeTitle, description: R.revokeDescription, danger: true, placeholder: R.revokePlaceholder }
  }
}

/**
 * Confirms a decision (and asks for its reason): the backend checks the rules again and its
 * refusal is shown here, the dialog staying open.
 */
export function ReviewDialog({
  action,
  certificate,
  onClose,
}: {
  action: ReviewAction
  certificate: Certificate
  onClose: () => void
}) {
  const [reason, setReason] = useState("")
  const review = useReviewCertificate(certificate.id)
  const wording = wordingOf(action, certificate)
  const needsReason = wording.placeholder !== null
  const titles = certificate.products.map((product) => product.title).join(", ")

  const submit = () =>
    // The promise, not mutate's callbacks: the refetch may unmount this dialog before they run.
    review.mutateAsync(needsReason ? { action, reason: reason.trim() } : { action }).then(
      () => {
        toast.success(R.done[action])
        onClose()
      },
      () => undefined
    )

  return (
    <PromptForm
      title={wording.title}
      description={
        <>
          {titles && <span className="font-medium text-ui-fg-base">{titles}</span>}
          {titles && " — "}
          {wording.description}
        </>
      }
      submitLabel={R[action]}
      danger={wording.danger}
      pending={review.isPending}
      canSubmit={!needsReason || reason.trim().length > 0}
      error={review.isError ? { title: R.failed, message: messageOf(review.error) } : null}
      onSubmit={submit}
      onClose={onClose}
    >
      {action === "approve" && certificate.replaces_id && (
        <Text size="small" className="text-ui-fg-subtle">
          {R.approveRenewal}
        </Text>
      )}
      {wording.placeholder !== null && (
        <FormField label={R.reasonLabel} hint={R.reasonHint}>
          {(control) => (
            <Textarea
              {...control}
              autoFocus
              required
              rows={4}
              value={reason}
              placeholder={wording.placeholder}
              onChange={(event) => {
                setReason(event.target.value)
                if (review.isError) review.reset()
              }}
            />
          )}
        </FormField>
      )}
    </PromptForm>
  )
}
