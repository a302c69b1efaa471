import { AUTHORITY_LEVELS, OCOP_GROUPS, vietnamToday } from "@choso/ocop-rules"
import { type FormEvent, useState } from "react"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { RadioGroupField } from "~/components/RadioGroupField"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { starString } from "~/lib/format"
import { type MessageKey, translate, translator } from "~/lib/i18n"
import { authorityKey, formatDay, groupKey } from "~/lib/ocop"
import {
  checkOcopForm,
  EMPTY_OCOP_FORM,
  OCOP_FORM_FIELDS,
  type OcopFormValues,
  parseScore,
  readOcopForm,
} from "~/lib/ocop-form"
import type { CertificateDTO } from "~/lib/ocop-types"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors } from "~/lib/seller-actions.server"
import { SELLER_NEW_PRODUCT, SELLER_OCOP } from "~/lib/seller-paths"
import { localized } from "~/lib/seller-view"
import { useT } from "~/lib/use-t"
import {
  getOcopCertificate,
  isRefusal,
  isVendorApiError,
  listVendorProducts,
  submitOcopCertificate,
} from "~/lib/vendor-api.server"
import type { Route } from "./+types/ocop-new"

type Mode = "new" | "renew" | "resubmit"

/** The form pre-filled from an earlier certificate: a renewal keeps what stays the same; a resubmission, everything. */
export function prefill(mode: Mode, source: CertificateDTO | null): OcopFormValues {
  if (!source || mode === "new") {
    return EMPTY_OCOP_FORM
  }
  const shared = {
    ...EMPTY_OCOP_FORM,
    product_ids: (source.products ?? []).map((p) => p.id),
    stars: String(source.stars),
    group: source.group,
    authority_level: source.authority_level,
    authority_name: source.authority_name,
  }
  if (mode === "renew") {
    return { ...shared, replaces_id: source.id }
  }
  return {
    ...shared,
    score: String(source.score),
    decision_number: source.decision_number,
    decision_date: source.decision_date,
    replaces_id: source.replaces_id ?? "",
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const renewId = url.searchParams.get("gia_han")
  const resubmitId = url.searchParams.get("gui_lai")
  const sourceId = renewId || resubmitId
  return withSellerToken(request, async (token) => {
    const [list, source] = await Promise.all([
      listVendorProducts(token, lang),
      sourceId
        ? getOcopCertificate(token, sourceId, lang).then(
            (answer) => answer.certificate,
            (error: unknown) => {
              // Another seller's id, or one that is gone: an empty form.
              if (isVendorApiError(error) && (error.status === 404 || error.status === 403)) return null
              throw error
            }
          )
        : Promise.resolve(null),
    ])
    // Renew only an approved certificate, resubmit only a rejected one.
    const mode: Mode =
      source && renewId && source.status === "approved"
        ? "renew"
        : source && resubmitId && source.status === "rejected"
          ? "resubmit"
          : "new"
    return {
      title: translate(lang, "ocop.form.meta_title"),
      mode,
      source:
        mode === "new" || !source
          ? null
          : {
              products: source.products.map((p) => p.title || p.handle).join(", "),
              validUntil: source.valid_until,
              reason: source.reason ?? null,
            },
      products: list.products.map((p) => ({ id: p.id, title: localized(p.title, lang) || p.handle })),
      values: prefill(mode, source),
      today: vietnamToday(),
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { values: OcopFormValues; fieldErrors: Record<string, string>; messages?: string[] }

/** Checked with the shared rules first; then the scan or photo and the facts go to `POST /vendor/ocop/certificates`. */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const values = readOcopForm(form)
    const file = form.get("file")
    const chosen = file instanceof File && file.size > 0 ? file : null
    const fieldErrors = checkOcopForm(values, chosen, vietnamToday(), translator(lang))
    if (Object.keys(fieldErrors).length || !chosen) {
      return data<ActionResult>({ values, fieldErrors }, 400)
    }
    try {
      await submitOcopCertificate(
        token,
        {
          product_ids: values.product_ids,
          stars: Number(values.stars),
          group: values.group,
          score: parseScore(values.score) ?? Number.NaN,
          authority_level: values.authority_level,
          authority_name: values.authority_name,
          decision_number: values.decision_number,
          decision_date: values.decision_date,
          replaces_id: values.replaces_id || undefined,
        },
        chosen,
        lang
      )
    } catch (error) {
      if (isRefusal(error) && error.status !== 401) {
        // The backend's `problems` ({ field, code, message }) go next to their fields.
        const mapped = apiFormErrors(lang, error, OCOP_FORM_FIELDS)
        return data<ActionResult>({ values, fieldErrors: mapped.fieldErrors, messages: mapped.messages }, 400)
      }
      throw error
    }
    return redirect(`${SELLER_OCOP}?notice=sent`, 303)
  })
}

const STAR_HINTS: Record<string, MessageKey> = {
  "5": "ocop.form.stars_hint_5",
  "4": "ocop.form.stars_hint_4",
  "3": "ocop.form.stars_hint_3",
}

const TITLES: Record<Mode, MessageKey> = {
  new: "ocop.form.title",
  renew: "ocop.form.title_renew",
  resubmit: "ocop.form.title_resubmit",
}

export default function SellerOcopNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const sending = useNavigation().state === "submitting"
  const [clientErrors, setClientErrors] = useState<Record<string, string> | undefined>(undefined)
  const errors = clientErrors ?? actionData?.fieldErrors
  const shown = errors ?? {}
  const values = actionData?.values ?? loaderData.values
  const { mode, source, products } = loaderData

  /** With JavaScript: the same check before the upload (a phone does not send 10 MB to be told the score is off). */
  function check(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    const input = form.elements.namedItem("file")
    const file = input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null
    const found = checkOcopForm(readOcopForm(new FormData(form)), file, vietnamToday(), t)
    if (Object.keys(found).length) {
      event.preventDefault()
      setClientErrors(found)
    } else {
      setClientErrors(undefined)
    }
  }

  return (
    <div className="page narrow">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={SELLER_OCOP}>{t("ocop.seller.title")}</Link>
      </nav>
      <h1>{t(TITLES[mode])}</h1>
      {source && mode === "renew" ? (
        <p>{t("ocop.form.renew_lead", { products: source.products, date: formatDay(source.validUntil) })}</p>
      ) : null}
      {source && mode === "resubmit" ? (
        <>
          <p>{t("ocop.form.resubmit_lead", { products: source.products })}</p>
          {source.reason ? (
            <blockquote className="status-reason">
              <p className="muted small">{t("ocop.seller.reason_label")}</p>
              <p>{source.reason}</p>
            </blockquote>
          ) : null}
        </>
      ) : null}
      {mode === "new" ? <p>{t("ocop.form.lead")}</p> : null}
      <p className="muted small">{t("form.required_note")}</p>

      {actionData?.messages?.length && !clientErrors ? (
        <Alert kind="error">
          {actionData.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : null}

      {products.length === 0 ? (
        <Alert kind="info">
          {t("ocop.form.no_products")} <Link to={SELLER_NEW_PRODUCT}>{t("seller.nav.new_product")}</Link>
        </Alert>
      ) : null}

      <Form method="post" encType="multipart/form-data" noValidate className="stack-form" onSubmit={check}>
        <ErrorSummary errors={errors} order={OCOP_FORM_FIELDS} />
        {values.replaces_id ? <input type="hidden" name="replaces_id" value={values.replaces_id} /> : null}

        <fieldset className="choice-group field" aria-describedby={shown.product_ids ? "product_ids-error" : undefined}>
          <legend>
            {t("ocop.form.products")}
            <span className="required-mark" aria-hidden="true">
              {" *"}
            </span>
          </legend>
          <p className="field-hint">{t("ocop.form.products_hint")}</p>
          {products.map((product, index) => {
            const id = index === 0 ? "product_ids" : `product_ids-${product.id}`
            return (
              <label key={product.id} className="choice choice-check" htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  name="product_ids"
                  value={product.id}
                  defaultChecked={values.product_ids.includes(product.id)}
                  aria-invalid={shown.product_ids ? true : undefined}
                />
                <span className="choice-title">{product.title}</span>
              </label>
            )
          })}
          {shown.product_ids ? (
            <p id="product_ids-error" className="field-error">
              {shown.product_ids}
            </p>
          ) : null}
        </fieldset>

        <RadioGroupField
          name="stars"
          legend={t("ocop.form.stars")}
          value={values.stars}
          error={shown.stars}
          required
          options={["5", "4", "3"].map((stars) => ({
            value: stars,
            label: (
              <>
                <span className="ocop-stars" aria-hidden="true">
                  {starString(Number(stars))}
                </span>{" "}
                {t("ocop.stars_label", { stars })}
              </>
            ),
            hint: t(STAR_HINTS[stars] ?? "ocop.form.stars_hint_3"),
          }))}
        />

        <Field name="score" label={t("ocop.form.score")} hint={t("ocop.form.score_hint")} error={shown.score} required>
          {(control) => (
            <input {...control} type="text" inputMode="decimal" autoComplete="off" defaultValue={values.score} />
          )}
        </Field>

        <Field name="group" label={t("ocop.form.group")} error={shown.group} required>
          {(control) => (
            <select {...control} defaultValue={values.group}>
              <option value="">{t("ocop.form.choose")}</option>
              {OCOP_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(groupKey(group))}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="authority_level"
          label={t("ocop.form.authority_level")}
          hint={t("ocop.form.authority_level_hint")}
          error={shown.authority_level}
          required
        >
          {(control) => (
            <select {...control} defaultValue={values.authority_level}>
              <option value="">{t("ocop.form.choose")}</option>
              {AUTHORITY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(authorityKey(level))}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="authority_name"
          label={t("ocop.form.authority_name")}
          hint={t("ocop.form.authority_name_hint")}
          error={shown.authority_name}
          required
        >
          {(control) => <input {...control} type="text" defaultValue={values.authority_name} />}
        </Field>

        <Field
          name="decision_number"
          label={t("ocop.form.decision_number")}
          hint={t("ocop.form.decision_number_hint")}
          error={shown.decision_number}
          required
        >
          {(control) => <input {...control} type="text" autoComplete="off" defaultValue={values.decision_number} />}
        </Field>

        <Field name="decision_date" label={t("ocop.form.decision_date")} error={shown.decision_date} required>
          {(control) => <input {...control} type="date" max={loaderData.today} defaultValue={values.decision_date} />}
        </Field>

        <Field
          name="file"
          label={t("ocop.form.file")}
          hint={actionData ? t("ocop.form.file_again") : t("ocop.form.file_hint")}
          error={shown.file}
          required
        >
          {(control) => <input {...control} type="file" accept="application/pdf,image/*" />}
        </Field>

        <SubmitButton className="button button-primary button-wide" disabled={sending || products.length === 0}>
          {sending ? t("ocop.form.sending") : t("ocop.form.submit")}
        </SubmitButton>
      </Form>
    </div>
  )
}
