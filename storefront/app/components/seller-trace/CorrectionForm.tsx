import { Form, Link } from "react-router"
import { CORRECTION_REASONS } from "~/lib/seller-trace-form"
import { lotEventFixPath } from "~/lib/seller-trace-paths"
import { REASON_KEYS } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"
import { Field } from "../Field"
import { SubmitButton } from "../SubmitButton"

interface Props {
  lotId: string
  entryId: string
  /** The refusal of the last try for this entry. */
  error?: string
}

/**
 * Fixes a recorded step (its form again, with what was recorded) or only declares it wrong; the
 * chain keeps it either way. Folded under the event so the timeline stays short on a phone.
 */
export function CorrectionForm({ lotId, entryId, error }: Props) {
  const t = useT()
  const prefix = `correct-${entryId}`
  return (
    <details className="trace-correct danger-fold" open={Boolean(error)}>
      <summary>{t("sellerTrace.correct.open")}</summary>
      <p className="muted small">{t("sellerTrace.correct.lead")}</p>
      <p>
        <Link className="button button-secondary" to={lotEventFixPath(lotId, entryId)}>
          {t("sellerTrace.correct.fix")}
        </Link>
      </p>
      <p className="muted small">{t("sellerTrace.correct.fix_hint")}</p>
      <Form method="post" className="stack-form">
        <input type="hidden" name="entry_id" value={entryId} />
        <p>{t("sellerTrace.correct.or_declare")}</p>
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
