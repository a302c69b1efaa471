import { data, Form, Link } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { translateErrors } from "~/lib/seller-actions.server"
import { line, normalizeEmail, validateCredentials } from "~/lib/seller-form"
import { SELLER_SIGN_IN } from "~/lib/seller-paths"
import { useT } from "~/lib/use-t"
import { isRefusal, requestPasswordReset } from "~/lib/vendor-api.server"
import type { Route } from "./+types/forgot-password"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return { title: translate(lang, "seller.forgot.meta_title") }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { email: string; sent?: boolean; fieldErrors?: Record<string, string>; message?: MessageKey }

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const email = normalizeEmail(line(form, "email"))
  const errors = validateCredentials(email, null)
  if (Object.keys(errors).length) {
    return data<ActionResult>({ email, fieldErrors: translateErrors(lang, errors) }, 400)
  }
  try {
    await requestPasswordReset(email)
  } catch (error) {
    // Whether the e-mail has an account is never told: only a failure to ask is.
    if (!isRefusal(error)) {
      console.error("[storefront] password reset request failed", error)
      return data<ActionResult>({ email, message: "seller.forgot.error" }, 503)
    }
  }
  return data<ActionResult>({ email, sent: true })
}

export default function SellerForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <section className="page narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("seller.forgot.title")}</h1>
      {actionData?.sent ? (
        <>
          <Alert kind="success">{t("seller.forgot.sent", { email: actionData.email })}</Alert>
          <p className="muted">{t("seller.forgot.sent_hint")}</p>
        </>
      ) : (
        <>
          <p>{t("seller.forgot.lead")}</p>
          {actionData?.message ? <Alert kind="error">{t(actionData.message)}</Alert> : null}
          <Form method="post" noValidate className="stack-form">
            <ErrorSummary errors={actionData?.fieldErrors} order={["email"]} />
            <Field name="email" label={t("seller.signin.email")} error={errors.email} required>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autoComplete="username"
                  inputMode="email"
                  defaultValue={actionData?.email ?? ""}
                />
              )}
            </Field>
            <SubmitButton className="button button-primary button-wide">{t("seller.forgot.submit")}</SubmitButton>
          </Form>
        </>
      )}
      <p>
        <Link to={SELLER_SIGN_IN}>{t("seller.forgot.back")}</Link>
      </p>
    </section>
  )
}
