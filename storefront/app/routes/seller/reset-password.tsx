import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { translateErrors } from "~/lib/seller-actions.server"
import { line, MIN_PASSWORD, normalizeEmail, readPassword, validateCredentials } from "~/lib/seller-form"
import { SELLER_FORGOT, signInPath } from "~/lib/seller-paths"
import { useT } from "~/lib/use-t"
import { isRefusal, updatePassword } from "~/lib/vendor-api.server"
import type { Route } from "./+types/reset-password"

/** The e-mailed link: `/kenh-nguoi-ban/dat-lai-mat-khau?token=…&email=…`. */
export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  return {
    title: translate(lang, "seller.reset.meta_title"),
    token: url.searchParams.get("token") ?? "",
    email: url.searchParams.get("email") ?? "",
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [
    { title: loaderData?.title ?? "Chợ Số" },
    { name: "robots", content: "noindex" },
    // The token is in this page's address: never send it on.
    { name: "referrer", content: "no-referrer" },
  ]
}

type ActionResult = { email: string; fieldErrors?: Record<string, string>; message?: MessageKey }

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const token = line(form, "token")
  const email = normalizeEmail(line(form, "email"))
  const password = readPassword(form)
  if (!token) {
    return data<ActionResult>({ email, message: "seller.reset.error.no_token" }, 400)
  }
  const errors = validateCredentials(email, password)
  if (Object.keys(errors).length) {
    return data<ActionResult>({ email, fieldErrors: translateErrors(lang, errors) }, 400)
  }
  try {
    await updatePassword(token, email, password)
  } catch (error) {
    if (isRefusal(error)) {
      return data<ActionResult>({ email, message: "seller.reset.error.expired" }, 400)
    }
    throw error
  }
  return redirect(signInPath("password_changed"), 303)
}

export default function SellerResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = actionData?.fieldErrors ?? {}
  if (!loaderData.token) {
    return (
      <section className="page narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t("seller.reset.title")}</h1>
        <Alert kind="error">{t("seller.reset.error.no_token")}</Alert>
        <p>
          <Link className="button" to={SELLER_FORGOT}>
            {t("seller.reset.ask_again")}
          </Link>
        </p>
      </section>
    )
  }
  return (
    <section className="page narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("seller.reset.title")}</h1>
      {actionData?.message ? (
        <Alert kind="error">
          {t(actionData.message)} <Link to={SELLER_FORGOT}>{t("seller.reset.ask_again")}</Link>
        </Alert>
      ) : null}
      <Form method="post" noValidate className="stack-form">
        <ErrorSummary errors={actionData?.fieldErrors} order={["email", "password"]} />
        <input type="hidden" name="token" value={loaderData.token} />
        <Field name="email" label={t("seller.signin.email")} error={errors.email} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              inputMode="email"
              defaultValue={actionData?.email ?? loaderData.email}
            />
          )}
        </Field>
        <Field
          name="password"
          label={t("seller.reset.password")}
          hint={t("seller.password_hint", { min: MIN_PASSWORD })}
          error={errors.password}
          required
        >
          {(control) => <input {...control} type="password" autoComplete="new-password" minLength={MIN_PASSWORD} />}
        </Field>
        <SubmitButton className="button button-primary button-wide">{t("seller.reset.submit")}</SubmitButton>
      </Form>
    </section>
  )
}
