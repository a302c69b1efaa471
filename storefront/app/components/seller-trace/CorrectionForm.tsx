import { Form } from "react-router"
import { CORRECTION_REASONS } from "~/lib/seller-trace-form"
import { REASON_KEYS } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"
import { Field } from "../Field"
import { SubmitButton } from "../SubmitButton"

interface Props {
  entryId: string
  /** The refusal of the last try for this entry. */
  error?: string
}

/**
 * Declares a recorded step wrong (the chain keeps it; a declaration is appended). Folded under
 * the event so the timeline stays short on a phone.
 */
export function CorrectionForm({ entryId, error }: Props) {
  const t = useT()
  const prefix = `correct-${entryId}`
  return (
    <details className="trace-correct" open={Boolean(error)}>
      <summary>{t("sellerTrace.correct.open")}</summary>
      <Form method="post" className="stack-form">
        <input type="hidden" name="entry_id" value={entryId} />
        <p className="muted small">{t("sellerTrace.correct.lead")}</p>
        <Field name="reason" id={`${prefix}-reason`} label={t("sellerTrace.correct.reason")} error={error} required>
          {(control) => (
            <select {...control} defaultValue="incorrect_data">
              {CORRECTION_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(REASON_KEYS[reason])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="note"
          id={`${prefix}-note`}
          label={t("sellerTrace.correct.note")}
          hint={t("sellerTrace.correct.note_hint")}
        >
          {(control) => <textarea {...control} rows={2} maxLength={1000} />}
        </Field>
        <SubmitButton intent="correct" match={{ entry_id: entryId }} className="button button-danger">
          {t("sellerTrace.correct.submit")}
        </SubmitButton>
      </Form>
    </details>
  )
}
