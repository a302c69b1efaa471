import { TRACE_STEPS, unitOfUom } from "@choso/trace-rules"
import { type FormEvent, useState } from "react"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { LocationButton } from "~/components/seller-trace/LocationButton"
import { UploadProgress } from "~/components/seller-trace/UploadProgress"
import { readLang } from "~/lib/cookies.server"
import { formatDate } from "~/lib/format"
import { type Lang, translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors } from "~/lib/seller-actions.server"
import { correctTraceEvent, getOwnLot, listLots, recordTraceEvent } from "~/lib/seller-trace-api.server"
import {
  checkEventForm,
  chosenPhotos,
  EVENT_FORM_FIELDS,
  type EventFormValues,
  eventFormData,
  eventFormValuesOf,
  type FormErrors,
  isTraceStep,
  MAX_EVENT_PHOTOS,
  NOTE_MAX,
  readEventForm,
  stepFields,
  vietnamLocalNow,
} from "~/lib/seller-trace-form"
import { sellerTraceLinks } from "~/lib/seller-trace-links"
import { lotPath } from "~/lib/seller-trace-paths"
import { STEP_KEYS, textOf, unitKey } from "~/lib/seller-trace-view"
import { wardsOf } from "~/lib/seller-units.server"
import { useLang, useT } from "~/lib/use-t"
import { isRefusal } from "~/lib/vendor-api.server"
import type { Route } from "./+types/event"

const PHOTO_SLOTS = Array.from({ length: MAX_EVENT_PHOTOS }, (_, i) => i + 1)

function translated(lang: Lang, errors: FormErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translate(lang, key)]))
}

export const links: Route.LinksFunction = sellerTraceLinks

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const search = new URL(request.url).searchParams
  const asked = search.get("step")
  const fixing = search.get("sua")
  return withSellerToken(request, async (token) => {
    const [{ lot, events }, others] = await Promise.all([
      getOwnLot(token, params.id, lang),
      listLots(token, { limit: 100 }, lang).catch(() => ({ lots: [], count: 0 })),
    ])
    const wards = await wardsOf(lot.origin?.province_code ?? "")
    const ward = wards.find((w) => w.code === lot.origin?.ward_code)
    // `?sua=<entry>`: the form holds that event's values, and saving appends its fixed version.
    const fixed = fixing ? events.find((e) => e.id === fixing && !e.error_declaration && !e.corrected) : undefined
    if (fixing && !fixed) throw data(null, { status: 404 })
    const fresh: EventFormValues = {
      step: isTraceStep(asked) ? asked : "harvest",
      event_time: vietnamLocalNow(),
      quantity: "",
      latitude: "",
      longitude: "",
      // What the backend records when no place is sent: the lot's place and ward.
      place_name: [lot.origin?.place, ward?.fullName].filter(Boolean).join(", "),
      note: "",
      input_lot_ids: [],
      uom: "",
    }
    const values = fixed ? eventFormValuesOf(fixed) : fresh
    // A fixed step keeps the unit it was recorded in (a harvest in kg for a lot of bottles).
    const unit = unitKey(unitOfUom(values.uom) ?? lot.unit)
    return {
      title: translate(lang, fixed ? "sellerTrace.fix.meta_title" : "sellerTrace.event.meta_title", { code: lot.code }),
      fix: fixed ? { id: fixed.id, time: fixed.event_time } : null,
      lot: {
        id: lot.id,
        code: lot.code,
        product: textOf(lot.product?.title, lang),
        unit: unit ? translate(lang, unit) : lot.unit,
        ward: ward?.fullName ?? null,
      },
      values,
      inputLots: others.lots
        .filter((other) => other.id !== lot.id)
        .map((other) => ({ id: other.id, label: `${other.code} — ${textOf(other.product?.title, lang)}` })),
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  values: EventFormValues
  fieldErrors: Record<string, string>
  messages?: string[]
  fixReason?: string
}

/**
 * Checked, then forwarded as multipart (photos as they came) to `POST /vendor/trace/lots/:id/events`;
 * a fix (`corrects`) goes to `POST /vendor/trace/events/:id/corrections` with the step as its
 * replacement (the old version's photos are kept there).
 */
export async function action({ request, params }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const values = readEventForm(form)
    const corrects = form.get("corrects")
    const fixReason = String(form.get("fix_reason") ?? "").trim()
    const photos = corrects ? [] : chosenPhotos(form)
    const errors: FormErrors = checkEventForm(values, photos)
    if (fixReason.length > NOTE_MAX) errors.fix_reason = "sellerTrace.error.note_too_long"
    if (Object.keys(errors).length) {
      return data<ActionResult>({ values, fixReason, fieldErrors: translated(lang, errors) }, 400)
    }
    try {
      if (typeof corrects === "string" && corrects) {
        await correctTraceEvent(
          token,
          corrects,
          { reason: "incorrect_data", ...(fixReason ? { note: fixReason } : {}), replacement: stepFields(values) },
          lang
        )
        return redirect(`${lotPath(params.id)}?notice=fixed`, 303)
      }
      await recordTraceEvent(token, params.id, eventFormData(values, photos), lang)
    } catch (error) {
      if (isRefusal(error) && error.status !== 401) {
        const mapped = apiFormErrors(lang, error, EVENT_FORM_FIELDS)
        return data<ActionResult>({ values, fixReason, ...mapped }, 400)
      }
      throw error
    }
    return redirect(`${lotPath(params.id)}?notice=recorded`, 303)
  })
}

export default function SellerLotEvent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const { fix } = loaderData
  const navigation = useNavigation()
  const sending = navigation.state === "submitting"
  const { lot } = loaderData
  const values = actionData?.values ?? loaderData.values
  const [step, setStep] = useState(values.step)
  const [clientErrors, setClientErrors] = useState<Record<string, string> | undefined>(undefined)
  const errors = clientErrors ?? actionData?.fieldErrors
  const shown = errors ?? {}
  const stepLabel = isTraceStep(step) ? t(STEP_KEYS[step]) : ""

  /** With JavaScript: the same checks before the photos go up a slow link. */
  function check(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget)
    const found = checkEventForm(readEventForm(form), chosenPhotos(form))
    if (Object.keys(found).length) {
      event.preventDefault()
      setClientErrors(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key)])))
    } else {
      setClientErrors(undefined)
    }
  }

  return (
    <div className="page narrow">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={lotPath(lot.id)}>{t("sellerTrace.lot.code_title", { code: lot.code })}</Link>
      </nav>
      <h1 id="event-title">{t(fix ? "sellerTrace.fix.title" : "sellerTrace.event.title", { step: stepLabel })}</h1>
      <p className="lead">
        {lot.product} · {t("sellerTrace.lot.code_title", { code: lot.code })}
      </p>
      {fix ? <Alert kind="info">{t("sellerTrace.fix.lead", { time: formatDate(lang, fix.time) })}</Alert> : null}
      {actionData?.messages?.length && !clientErrors ? (
        <Alert kind="error">
          <p>
            <strong>{t("sellerTrace.event.not_saved")}</strong>
          </p>
          {actionData.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : null}
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="stack-form"
        aria-labelledby="event-title"
        onSubmit={check}
      >
        <ErrorSummary errors={errors} order={EVENT_FORM_FIELDS} />
        {fix ? <input type="hidden" name="corrects" value={fix.id} /> : null}
        {values.uom ? <input type="hidden" name="uom" value={values.uom} /> : null}
        <Field name="step" label={t("sellerTrace.event.step")} error={shown.step} required>
          {(control) => (
            <select {...control} value={step} onChange={(event) => setStep(event.currentTarget.value)}>
              {TRACE_STEPS.map((s) => (
                <option key={s} value={s}>
                  {t(STEP_KEYS[s])}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="event_time"
          label={t("sellerTrace.event.time")}
          hint={t("sellerTrace.event.time_hint")}
          error={shown.event_time}
          required
        >
          {(control) => <input {...control} type="datetime-local" defaultValue={values.event_time} />}
        </Field>

        <fieldset>
          <legend>{t("sellerTrace.event.place")}</legend>
          {lot.ward ? <p className="muted small">{t("sellerTrace.event.ward", { ward: lot.ward })}</p> : null}
          <Field name="place_name" label={t("sellerTrace.event.place_name")} error={shown.place_name}>
            {(control) => <input {...control} type="text" maxLength={200} defaultValue={values.place_name} />}
          </Field>
          <LocationButton values={values} error={shown.latitude} />
        </fieldset>

        <Field
          name="quantity"
          label={t("sellerTrace.event.quantity", { unit: lot.unit })}
          hint={t("sellerTrace.event.optional")}
          error={shown.quantity}
        >
          {(control) => (
            <input {...control} type="text" inputMode="decimal" autoComplete="off" defaultValue={values.quantity} />
          )}
        </Field>

        {step === "processing" ? (
          <fieldset>
            <legend>{t("sellerTrace.event.inputs")}</legend>
            <p className="muted small">{t("sellerTrace.event.inputs_hint")}</p>
            {loaderData.inputLots.length ? (
              loaderData.inputLots.map((input) => (
                <label key={input.id} className="choice choice-check" htmlFor={`input-${input.id}`}>
                  <input
                    id={`input-${input.id}`}
                    type="checkbox"
                    name="input_lot_ids"
                    value={input.id}
                    defaultChecked={values.input_lot_ids.includes(input.id)}
                  />
                  <span className="choice-title">{input.label}</span>
                </label>
              ))
            ) : (
              <p className="muted">{t("sellerTrace.event.inputs_none")}</p>
            )}
          </fieldset>
        ) : null}

        <Field
          name="note"
          label={t("sellerTrace.event.note")}
          hint={t("sellerTrace.event.optional")}
          error={shown.note}
        >
          {(control) => <textarea {...control} rows={3} maxLength={NOTE_MAX} defaultValue={values.note} />}
        </Field>

        {fix ? (
          <>
            <p className="muted">{t("sellerTrace.fix.photos_kept")}</p>
            <Field
              name="fix_reason"
              label={t("sellerTrace.fix.reason")}
              hint={t("sellerTrace.fix.reason_hint")}
              error={shown.fix_reason}
            >
              {(control) => (
                <textarea {...control} rows={2} maxLength={NOTE_MAX} defaultValue={actionData?.fixReason ?? ""} />
              )}
            </Field>
          </>
        ) : (
          <fieldset className="trace-photo-inputs">
            <legend>{t("sellerTrace.event.photos")}</legend>
            <p className="muted small" id="photos-hint">
              {actionData
                ? t("sellerTrace.event.photos_again")
                : t("sellerTrace.event.photos_hint", { max: MAX_EVENT_PHOTOS })}
            </p>
            {PHOTO_SLOTS.map((n) => (
              <Field
                key={n}
                name="photos"
                id={n === 1 ? "photos" : `photos-${n}`}
                label={t("sellerTrace.event.photo_n", { n })}
              >
                {(control) => (
                  <input
                    {...control}
                    type="file"
                    accept="image/*"
                    capture="environment"
                    aria-invalid={n === 1 && shown.photos ? true : undefined}
                    aria-describedby={n === 1 && shown.photos ? "photos-hint photos-error" : "photos-hint"}
                  />
                )}
              </Field>
            ))}
            {shown.photos ? (
              <p id="photos-error" className="field-error">
                {shown.photos}
              </p>
            ) : null}
          </fieldset>
        )}

        <UploadProgress />
        <SubmitButton className="button button-primary button-wide" disabled={sending}>
          {fix ? t("sellerTrace.fix.submit") : t("sellerTrace.event.submit", { step: stepLabel })}
        </SubmitButton>
      </Form>
    </div>
  )
}
