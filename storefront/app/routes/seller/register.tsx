import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { DefaultSubmit } from "~/components/DefaultSubmit"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { RadioGroupField } from "~/components/RadioGroupField"
import { SubmitButton } from "~/components/SubmitButton"
import { SellerContactFields } from "~/components/seller/SellerContactFields"
import { readLang } from "~/lib/cookies.server"
import { type Lang, type MessageKey, translate } from "~/lib/i18n"
import { readTokenClaims } from "~/lib/jwt"
import { readSellerToken, startSellerSession } from "~/lib/seller.server"
import { apiFormErrors, translateErrors } from "~/lib/seller-actions.server"
import {
  EMPTY_REGISTRATION,
  MIN_PASSWORD,
  normalizeEmail,
  REGISTRATION_FIELDS,
  type RegistrationValues,
  readPassword,
  readRegistrationForm,
  toSellerInput,
  validateRegistration,
} from "~/lib/seller-form"
import { kindHintKey, kindKey, legalFormHintKey, legalFormKey } from "~/lib/seller-labels"
import { SELLER_HOME, SELLER_SIGN_IN, signInPath } from "~/lib/seller-paths"
import { unitLists, wardsOf } from "~/lib/seller-units.server"
import type { WardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { createSeller, isRefusal, refreshToken, registerIdentity, signIn } from "~/lib/vendor-api.server"
import { LEGAL_FORMS, SELLER_KINDS } from "~/lib/vendor-types"
import { listProvinces } from "~/lib/vn-address.server"
import type { Route } from "./+types/register"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  if (await readSellerToken(request)) {
    throw redirect(SELLER_HOME)
  }
  return {
    title: translate(lang, "seller.register.meta_title"),
    provinces: await listProvinces().catch(() => []),
    values: EMPTY_REGISTRATION,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export type RegisterActionResult = {
  values: RegistrationValues
  wards: WardVM[]
  fieldErrors?: Record<string, string>
  /** Problems that name no field (the backend's words, or ours). */
  messages?: string[]
}

/** Where a coded refusal of `POST /vendor/sellers` belongs in this form. */
const CODE_FIELDS = { seller_handle_taken: "name", seller_already_member: "account_email" }

function refused(values: RegistrationValues, wards: WardVM[], errors: Record<string, string>, messages: string[] = []) {
  return data<RegisterActionResult>({ values, wards, fieldErrors: errors, messages }, 400)
}

function fieldError(lang: Lang, field: string, key: MessageKey): Record<string, string> {
  return { [field]: translate(lang, key) }
}

/**
 * Registration: 1. the auth identity (`/auth/seller/emailpass/register`; an e-mail that already
 * has one is signed in with the same password instead, so a registration that stopped half-way,
 * or a shopper's account, can go on), 2. `POST /vendor/sellers` with its token, 3. a refreshed
 * token that carries the new member → the session cookie.
 */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const values = readRegistrationForm(form)
  const password = readPassword(form)

  if (form.get("intent") === "choose_ward") {
    // Without JavaScript: the ward list of the chosen province (the password is typed again).
    return data<RegisterActionResult>({ values, wards: await wardsOf(values.province_code) })
  }

  const { units, wards } = await unitLists(values.province_code)
  const errors = validateRegistration(values, password, units)
  if (Object.keys(errors).length) {
    return refused(values, wards, translateErrors(lang, errors))
  }

  const email = normalizeEmail(values.account_email)
  let token: string
  try {
    token = await registerIdentity(email, password)
  } catch (error) {
    if (!isRefusal(error)) {
      throw error
    }
    try {
      token = (await signIn(email, password)).token
    } catch (signInError) {
      if (isRefusal(signInError)) {
        return refused(values, wards, fieldError(lang, "account_email", "seller.register.error.email_taken"))
      }
      throw signInError
    }
    if (readTokenClaims(token)?.actorId) {
      return refused(values, wards, fieldError(lang, "account_email", "seller.register.error.already_seller"))
    }
  }

  try {
    await createSeller(token, toSellerInput(values))
  } catch (error) {
    if (!isRefusal(error)) {
      throw error
    }
    const mapped = apiFormErrors(lang, error, REGISTRATION_FIELDS, CODE_FIELDS)
    return refused(values, wards, mapped.fieldErrors, mapped.messages)
  }

  let session: string
  try {
    session = await refreshToken(token)
  } catch (error) {
    if (isRefusal(error)) {
      // The seller exists; signing in gives the same session.
      return redirect(signInPath("registered"), 303)
    }
    throw error
  }
  return redirect(`${SELLER_HOME}?notice=welcome`, {
    status: 303,
    headers: { "Set-Cookie": await startSellerSession(session) },
  })
}

export default function SellerRegister({ loaderData, actionData }: Route.ComponentProps) {
  return <RegisterForm provinces={loaderData.provinces} result={actionData} />
}

/** The form alone, for the page and its render test. */
export function RegisterForm({
  provinces,
  result,
}: {
  provinces: { code: string; name: string; fullName: string }[]
  result: RegisterActionResult | undefined
}) {
  const t = useT()
  const values = result?.values ?? EMPTY_REGISTRATION
  const errors = result?.fieldErrors ?? {}
  const typedBefore = result !== undefined
  return (
    <div className="page narrow seller-register">
      <h1 id="register-title">{t("seller.register.title")}</h1>
      <p className="lead">{t("seller.register.lead")}</p>
      <p>
        {t("seller.register.have_account")} <Link to={SELLER_SIGN_IN}>{t("seller.signin.submit")}</Link>
      </p>
      {result?.messages?.map((message) => (
        <Alert key={message} kind="error">
          {message}
        </Alert>
      ))}
      <Form method="post" noValidate className="stack-form" aria-labelledby="register-title">
        <DefaultSubmit />
        <ErrorSummary errors={result?.fieldErrors} order={REGISTRATION_FIELDS} />
        <p className="muted small">{t("form.required_note")}</p>

        <fieldset>
          <legend>{t("seller.register.account")}</legend>
          <Field
            name="account_email"
            label={t("seller.register.account_email")}
            hint={t("seller.register.account_email_hint")}
            error={errors.account_email}
            required
          >
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                inputMode="email"
                defaultValue={values.account_email}
              />
            )}
          </Field>
          <Field
            name="password"
            label={t("seller.register.password")}
            hint={
              typedBefore
                ? `${t("seller.password_hint", { min: MIN_PASSWORD })} ${t("seller.register.password_again")}`
                : t("seller.password_hint", { min: MIN_PASSWORD })
            }
            error={errors.password}
            required
          >
            {(control) => <input {...control} type="password" autoComplete="new-password" minLength={MIN_PASSWORD} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t("seller.register.identity")}</legend>
          <RadioGroupField
            name="kind"
            legend={t("seller.facts.kind")}
            value={values.kind}
            error={errors.kind}
            required
            options={SELLER_KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)), hint: t(kindHintKey(kind)) }))}
          />
          <RadioGroupField
            name="legal_form"
            legend={t("seller.facts.legal_form")}
            value={values.legal_form}
            error={errors.legal_form}
            required
            options={LEGAL_FORMS.map((form) => ({
              value: form,
              label: t(legalFormKey(form)),
              hint: t(legalFormHintKey(form)),
            }))}
          />
          <Field
            name="name"
            label={t("seller.facts.legal_name")}
            hint={t("seller.register.name_hint")}
            error={errors.name}
            required
          >
            {(control) => <input {...control} type="text" autoComplete="organization" defaultValue={values.name} />}
          </Field>
          <Field
            name="tax_code"
            label={t("seller.facts.tax_code")}
            hint={t("seller.register.tax_code_hint")}
            error={errors.tax_code}
          >
            {(control) => (
              <input {...control} type="text" inputMode="numeric" autoComplete="off" defaultValue={values.tax_code} />
            )}
          </Field>
          <Field
            name="business_registration_number"
            label={t("seller.facts.business_registration")}
            hint={t("seller.register.registration_hint")}
            error={errors.business_registration_number}
          >
            {(control) => (
              <input {...control} type="text" autoComplete="off" defaultValue={values.business_registration_number} />
            )}
          </Field>
          <Field
            name="representative"
            label={t("seller.facts.representative")}
            hint={t("seller.register.representative_hint")}
            error={errors.representative}
            required
          >
            {(control) => <input {...control} type="text" autoComplete="name" defaultValue={values.representative} />}
          </Field>
          <Field
            name="id_number"
            label={t("seller.register.id_number")}
            hint={t("seller.register.id_number_hint")}
            error={errors.id_number}
            required
          >
            {(control) => (
              <input {...control} type="text" inputMode="numeric" autoComplete="off" defaultValue={values.id_number} />
            )}
          </Field>
        </fieldset>

        <SellerContactFields
          values={values}
          errors={errors}
          provinces={provinces}
          wards={result?.wards ?? []}
          emailOptional
        />

        <p className="muted small">{t("seller.register.review_note")}</p>
        <SubmitButton className="button button-primary button-wide">{t("seller.register.submit")}</SubmitButton>
      </Form>
    </div>
  )
}
