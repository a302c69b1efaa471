import { LOT_CODE_MAX, LOT_UNITS } from "@choso/trace-rules"
import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { DefaultSubmit } from "~/components/DefaultSubmit"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { ProvinceWardFields } from "~/components/ProvinceWardFields"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { type Lang, translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors } from "~/lib/seller-actions.server"
import { SELLER_NEW_PRODUCT } from "~/lib/seller-paths"
import { createLot, listLots, listTraceVariants } from "~/lib/seller-trace-api.server"
import {
  checkLotForm,
  LOT_FORM_FIELDS,
  type LotFormValues,
  readLotForm,
  suggestLotCode,
  toLotInput,
  vietnamDay,
} from "~/lib/seller-trace-form"
import { sellerTraceLinks } from "~/lib/seller-trace-links"
import { lotPath, SELLER_LOTS } from "~/lib/seller-trace-paths"
import { textOf, UNIT_KEYS } from "~/lib/seller-trace-view"
import { wardsOf } from "~/lib/seller-units.server"
import type { WardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { getMe, isRefusal } from "~/lib/vendor-api.server"
import { listProvinces } from "~/lib/vn-address.server"
import type { Route } from "./+types/new"

function translated(lang: Lang, errors: ReturnType<typeof checkLotForm>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translate(lang, key)]))
}

export const links: Route.LinksFunction = sellerTraceLinks

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const today = vietnamDay()
  return withSellerToken(request, async (token) => {
    const base = suggestLotCode(today, [])
    const [{ variants }, { seller }, sameDay, provinces] = await Promise.all([
      listTraceVariants(token, lang),
      getMe(token, lang),
      listLots(token, { q: base, limit: 100 }, lang),
      listProvinces().catch(() => []),
    ])
    const province = seller.province_code ?? ""
    const values: LotFormValues = {
      variant_id: variants.length === 1 ? (variants[0]?.id ?? "") : "",
      code: suggestLotCode(
        today,
        sameDay.lots.map((lot) => lot.code)
      ),
      gtin: "",
      produced_on: today,
      expires_on: "",
      quantity: "",
      unit: "kg",
      origin_province_code: province,
      origin_ward_code: seller.ward_code ?? "",
      origin_place: seller.address_line ?? "",
    }
    return {
      title: translate(lang, "sellerTrace.new.meta_title"),
      today,
      values,
      variants: variants.map((v) => ({
        id: v.id,
        label: [textOf(v.product?.title, lang), textOf(v.title, lang)].filter(Boolean).join(" — "),
      })),
      provinces,
      wards: await wardsOf(province),
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  values: LotFormValues
  wards: WardVM[]
  fieldErrors?: Record<string, string>
  messages?: string[]
}

/** Checked with @choso/trace-rules, then `POST /vendor/trace/lots`; the backend's `problems` go next to their fields. */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const values = readLotForm(form)
    const wards = await wardsOf(values.origin_province_code)
    if (form.get("intent") === "choose_ward") {
      return data<ActionResult>({ values, wards })
    }
    const errors = checkLotForm(values, vietnamDay())
    if (Object.keys(errors).length) {
      return data<ActionResult>({ values, wards, fieldErrors: translated(lang, errors) }, 400)
    }
    try {
      const { lot } = await createLot(token, toLotInput(values), lang)
      return redirect(`${lotPath(lot.id)}?notice=created`, 303)
    } catch (error) {
      if (isRefusal(error) && error.status !== 401) {
        const mapped = apiFormErrors(lang, error, LOT_FORM_FIELDS)
        // A code the seller already used for this product: the backend answers 409 without problems.
        if (error.status === 409 && !Object.keys(mapped.fieldErrors).length) {
          return data<ActionResult>(
            { values, wards, fieldErrors: { code: translate(lang, "sellerTrace.error.code_taken") } },
            409
          )
        }
        return data<ActionResult>({ values, wards, ...mapped }, 400)
      }
      throw error
    }
  })
}

export default function SellerLotNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const values = actionData?.values ?? loaderData.values
  const errors = actionData?.fieldErrors ?? {}
  const { variants } = loaderData
  return (
    <div className="page narrow">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={SELLER_LOTS}>{t("sellerTrace.list.title")}</Link>
      </nav>
      <h1 id="lot-new-title">{t("sellerTrace.new.title")}</h1>
      <p>{t("sellerTrace.new.lead")}</p>
      {actionData?.messages?.length ? (
        <Alert kind="error">
          {actionData.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : null}
      {variants.length === 0 ? (
        <Alert kind="info">
          {t("sellerTrace.new.no_variants")} <Link to={SELLER_NEW_PRODUCT}>{t("seller.nav.new_product")}</Link>
        </Alert>
      ) : null}
      <Form method="post" noValidate className="stack-form" aria-labelledby="lot-new-title">
        <DefaultSubmit intent="create" />
        <ErrorSummary errors={actionData?.fieldErrors} order={LOT_FORM_FIELDS} />
        <p className="muted small">{t("form.required_note")}</p>

        <Field name="variant_id" label={t("sellerTrace.new.variant")} error={errors.variant_id} required>
          {(control) => (
            <select {...control} defaultValue={values.variant_id}>
              <option value="">{t("sellerTrace.new.variant_choose")}</option>
              {variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field
          name="code"
          label={t("sellerTrace.new.code")}
          hint={t("sellerTrace.new.code_hint", { max: LOT_CODE_MAX })}
          error={errors.code}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={LOT_CODE_MAX}
              pattern="[A-Za-z0-9._\-]{1,20}"
              defaultValue={values.code}
            />
          )}
        </Field>

        <Field name="gtin" label={t("sellerTrace.new.gtin")} hint={t("sellerTrace.new.gtin_hint")} error={errors.gtin}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" autoComplete="off" defaultValue={values.gtin} />
          )}
        </Field>

        <Field name="produced_on" label={t("sellerTrace.new.produced_on")} error={errors.produced_on} required>
          {(control) => <input {...control} type="date" max={loaderData.today} defaultValue={values.produced_on} />}
        </Field>

        <Field
          name="expires_on"
          label={t("sellerTrace.new.expires_on")}
          hint={t("sellerTrace.new.expires_on_hint")}
          error={errors.expires_on}
        >
          {(control) => <input {...control} type="date" defaultValue={values.expires_on} />}
        </Field>

        <div className="trace-quantity">
          <Field name="quantity" label={t("sellerTrace.new.quantity")} error={errors.quantity} required>
            {(control) => (
              <input {...control} type="text" inputMode="decimal" autoComplete="off" defaultValue={values.quantity} />
            )}
          </Field>
          <Field name="unit" label={t("sellerTrace.new.unit")} error={errors.unit} required>
            {(control) => (
              <select {...control} defaultValue={values.unit}>
                {LOT_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(UNIT_KEYS[unit])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>

        <fieldset>
          <legend>{t("sellerTrace.new.origin")}</legend>
          <p className="muted small">{t("sellerTrace.new.origin_hint")}</p>
          <ProvinceWardFields
            names={{ province: "origin_province_code", ward: "origin_ward_code" }}
            provinces={loaderData.provinces}
            wards={actionData?.wards ?? loaderData.wards}
            values={{ province: values.origin_province_code, ward: values.origin_ward_code }}
            errors={{ province: errors.origin_province_code, ward: errors.origin_ward_code }}
            wardStep={{ formMethod: "post", name: "intent", value: "choose_ward" }}
          />
          <Field
            name="origin_place"
            label={t("sellerTrace.new.origin_place")}
            hint={t("sellerTrace.new.origin_place_hint")}
            error={errors.origin_place}
            required
          >
            {(control) => <input {...control} type="text" maxLength={200} defaultValue={values.origin_place} />}
          </Field>
        </fieldset>

        <SubmitButton intent="create" className="button button-primary button-wide" disabled={variants.length === 0}>
          {t("sellerTrace.new.submit")}
        </SubmitButton>
      </Form>
    </div>
  )
}
