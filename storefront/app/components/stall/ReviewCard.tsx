import { Form } from "react-router"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { formatClock } from "~/lib/stall-format"
import { formatDong } from "~/lib/stall-keypad"
import type { TransferDTO } from "~/lib/stall-types"
import { useLang, useT } from "~/lib/use-t"

interface Props {
  transfer: TransferDTO
  /** The refused note's message, when this card's form came back. */
  error?: string
  note?: string
}

/**
 * A transfer that is NOT a payment yet ("cần kiểm tra"): what arrived, what it was for, and the
 * vendor's decision — keep it (accepted) or say it was given back (returned) — with a note.
 */
export function ReviewCard({ transfer, error, note }: Props) {
  const t = useT()
  const lang = useLang()
  const noteId = `note-${transfer.id}`
  return (
    <li className="stall-review-card">
      <p className="stall-review-amount">
        <strong>{formatDong(transfer.amount)}</strong> <span className="stall-words">{transfer.words}</span>
      </p>
      <p>
        {t("stall.review.arrived_at", { time: formatClock(lang, transfer.received_at) })}
        {transfer.request
          ? ` · ${t("stall.review.for_request", { reference: transfer.request.reference, amount: formatDong(transfer.request.amount) })}`
          : null}
      </p>
      {transfer.reason ? <p>{t(`stall.reason.${transfer.reason}`)}</p> : null}
      {transfer.content ? (
        <p className="stall-transfer-content">{t("stall.review.content", { content: transfer.content })}</p>
      ) : null}
      <Form method="post" className="stall-review-form">
        <input type="hidden" name="transfer_id" value={transfer.id} />
        <Field name="note" id={noteId} label={t("stall.review.note")} error={error} required>
          {(control) => <textarea {...control} rows={2} minLength={3} defaultValue={note ?? ""} />}
        </Field>
        <div className="stall-review-actions">
          <SubmitButton intent="accepted" match={{ transfer_id: transfer.id }} className="button">
            {t("stall.review.accept")}
          </SubmitButton>
          <SubmitButton intent="returned" match={{ transfer_id: transfer.id }} className="button button-secondary">
            {t("stall.review.return")}
          </SubmitButton>
        </div>
      </Form>
    </li>
  )
}
